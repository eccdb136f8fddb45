package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.system.CatalogFunctions;
import io.pglitedb.catalog.system.SystemContext;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.parser.Identifiers;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.List;
import java.util.Set;

/**
 * Calls of the catalog functions clients use behind their meta-commands (psql's \d family,
 * drivers' metadata): they read the catalog the running statement sees, through its
 * {@link ExecContext} (the privilege inquiry functions are {@link PrivilegeFunctions}).
 */
final class CatalogFunctionCalls {
    private CatalogFunctionCalls() {
    }

    private static final Set<String> NAMES = Set.of("pg_get_userbyid", "pg_table_is_visible", "pg_type_is_visible",
            "pg_function_is_visible", "pg_collation_is_visible", "pg_opclass_is_visible", "pg_operator_is_visible",
            "pg_conversion_is_visible", "pg_opfamily_is_visible", "pg_statistics_obj_is_visible",
            "pg_ts_config_is_visible", "pg_ts_dict_is_visible", "pg_ts_parser_is_visible", "pg_ts_template_is_visible",
            "format_type", "pg_encoding_to_char", "pg_get_expr", "pg_get_indexdef", "pg_get_constraintdef",
            "obj_description", "col_description", "shobj_description", "quote_ident",
            "pg_relation_size", "pg_get_function_sqlbody",
            "pg_total_relation_size", "pg_table_size", "pg_indexes_size", "pg_size_pretty", "pg_is_in_recovery",
            "pg_get_viewdef", "pg_get_partkeydef", "pg_get_partition_constraintdef", "pg_tablespace_location", "pg_get_statisticsobjdef_columns",
            "pg_partition_root", "current_setting", "set_config",
            "pg_get_function_result", "pg_get_function_arguments", "pg_get_function_identity_arguments",
            "pg_sequence_last_value", "pglitedb_sequence_value",
            "pg_relation_is_publishable", "pg_get_triggerdef", "pg_typeof", "oidvectortypes",
            "pg_stat_statements_reset", "pg_is_other_temp_schema", "pg_encoding_max_length",
            "pg_relation_is_updatable", "pg_column_is_updatable", "pg_get_ruledef", "pg_stat_get_numscans",
            "pg_database_size", "pg_get_functiondef", "acldefault", "pg_get_function_arg_default", "nameconcatoid");

    static boolean handles(String name) {
        return NAMES.contains(name);
    }

    /** The call, or null when the arguments do not fit (the caller reports the missing function). */
    static BoundExpr analyze(String name, List<BoundExpr> args, List<Integer> positions, ParameterTypes params) {
        int n = args.size();
        DataType oid = DataType.of(Types.OID);
        DataType text = DataType.of(Types.TEXT);
        DataType bool = DataType.of(Types.BOOL);
        switch (name) {
            case "pg_get_userbyid":
                return n != 1 ? null : call(DataType.of(Types.NAME), coerce(args, positions, params, oid),
                        (c, v) -> CatalogFunctions.userName(c, (Long) v[0]));
            case "pg_table_is_visible":
                return n != 1 ? null : call(bool, coerce(args, positions, params, oid),
                        (c, v) -> CatalogFunctions.tableIsVisible(c, (Long) v[0]));
            case "pg_type_is_visible", "pg_function_is_visible", "pg_collation_is_visible", "pg_opclass_is_visible",
                    "pg_operator_is_visible", "pg_conversion_is_visible", "pg_opfamily_is_visible",
                    "pg_statistics_obj_is_visible", "pg_ts_config_is_visible", "pg_ts_dict_is_visible",
                    "pg_ts_parser_is_visible", "pg_ts_template_is_visible":
                return n != 1 ? null : call(bool, coerce(args, positions, params, oid), (c, v) -> true);
            case "format_type":
                return n != 2 ? null : call(text, coerce(args, positions, params, oid, DataType.of(Types.INT4)),
                        (c, v) -> CatalogFunctions.formatType((Long) v[0], (Integer) v[1]), false);
            case "oidvectortypes": // the types' names, as format_type(oid, NULL), separated by ", "
                return n != 1 ? null : call(text, coerce(args, positions, params,
                        DataType.of(io.pglitedb.types.ArrayTypes.OIDVECTOR)), (c, v) -> {
                            StringBuilder out = new StringBuilder();
                            for (Object e : ((io.pglitedb.types.ArrayValue) v[0]).elements()) {
                                out.append(out.isEmpty() ? "" : ", ").append(CatalogFunctions.formatType((Long) e, null));
                            }
                            return out.toString();
                        });
            case "pg_encoding_to_char":
                return n != 1 ? null : call(DataType.of(Types.NAME), coerce(args, positions, params,
                        DataType.of(Types.INT4)), (c, v) -> switch ((Integer) v[0]) {
                            case 0 -> "SQL_ASCII";
                            case 6 -> "UTF8";
                            default -> "";
                        });
            case "pg_get_ruledef": // no rules exist (pg_rewrite is empty): PostgreSQL's answer for a missing rule
                return n != 1 && n != 2 ? null : call(text, coerce(args, positions, params, n == 1
                        ? new DataType[] {oid} : new DataType[] {oid, bool}), (c, v) -> "-");
            case "pg_stat_get_numscans":
                return n != 1 ? null : call(DataType.of(Types.INT8), coerce(args, positions, params, oid),
                        (c, v) -> CatalogFunctions.indexScans(c, (Long) v[0]));
            case "pg_database_size": // the database's key range (io.pglitedb.catalog.system.RelationSizes)
                return n != 1 ? null : call(DataType.of(Types.INT8), coerce(args, positions, params,
                        args.get(0).type().type() == Types.OID || args.get(0).type().type() == Types.INT4 ? oid
                                : DataType.of(Types.NAME)), (c, v) -> v[0] instanceof String dbName
                                ? (dbName.equals(c.database()) ? io.pglitedb.catalog.system.RelationSizes.database(c,
                                        c.view().catalog().databaseOid()) : 0L)
                                : io.pglitedb.catalog.system.RelationSizes.database(c, ((Number) v[0]).longValue()));
            case "pg_relation_is_updatable":
                return n != 2 ? null : call(DataType.of(Types.INT4), coerce(args, positions, params,
                        DataType.of(Types.REGCLASS), bool), (c, v) -> Updatability.relation(c.view(), (Long) v[0]));
            case "pg_column_is_updatable":
                return n != 3 ? null : call(bool, coerce(args, positions, params, DataType.of(Types.REGCLASS),
                        DataType.of(Types.INT2), bool),
                        (c, v) -> Updatability.column(c.view(), (Long) v[0], (Short) v[1]));
            case "pg_is_other_temp_schema": // another session's pg_temp_N (or pg_toast_temp_N)
                return n != 1 ? null : call(bool, coerce(args, positions, params, oid), (c, v) -> {
                    SchemaDescriptor s = c.view().schema((int) (long) (Long) v[0]);
                    return s != null && s.name().startsWith("pg_temp_")
                            && !s.name().equals(c.searchPath().tempSchema());
                });
            case "pg_encoding_max_length": // bytes per character: UTF8 4, SQL_ASCII 1
                return n != 1 ? null : call(DataType.of(Types.INT4), coerce(args, positions, params,
                        DataType.of(Types.INT4)), (c, v) -> (Integer) v[0] == 6 ? 4 : 1);
            case "pg_get_expr":
                if (n != 2 && n != 3) {
                    return null;
                }
                return call(text, coerce(args, positions, params, n == 2 ? new DataType[] {text, oid}
                        : new DataType[] {text, oid, bool}), (c, v) -> CatalogFunctions.expression(c, (String) v[0], (Long) v[1],
                                n == 3 && Boolean.TRUE.equals(v[2])));
            case "pg_get_indexdef":
                if (n != 1 && n != 3) {
                    return null;
                }
                return call(text, coerce(args, positions, params, n == 1 ? new DataType[] {oid}
                        : new DataType[] {oid, DataType.of(Types.INT4), bool}),
                        (c, v) -> CatalogFunctions.indexDef(c, (Long) v[0], n == 1 ? 0 : (Integer) v[1],
                                n == 3 && Boolean.TRUE.equals(v[2])));
            case "pg_get_constraintdef":
                if (n != 1 && n != 2) {
                    return null;
                }
                return call(text, coerce(args, positions, params, n == 1 ? new DataType[] {oid}
                        : new DataType[] {oid, bool}), (c, v) -> CatalogFunctions.constraintDef(c, (Long) v[0],
                                n == 2 && Boolean.TRUE.equals(v[1])));
            case "obj_description", "shobj_description":
                if (n != 1 && n != 2) {
                    return null;
                }
                // COMMENT ON does not exist yet: the only comment is the one initdb gives schema public
                return call(text, coerce(args, positions, params, n == 1 ? new DataType[] {oid}
                        : new DataType[] {oid, DataType.of(Types.NAME)}),
                        (c, v) -> name.equals("obj_description") ? io.pglitedb.catalog.system.CatalogFunctions.description(c,
                                (Long) v[0], n == 1 ? null : (String) v[1], 0) : null);
            case "col_description":
                return n != 2 ? null : call(text, coerce(args, positions, params, oid, DataType.of(Types.INT4)),
                        (c, v) -> io.pglitedb.catalog.system.CatalogFunctions.description(c, (Long) v[0], "pg_class",
                                (Integer) v[1]));
            case "quote_ident":
                return n != 1 ? null : call(text, coerce(args, positions, params, text),
                        (c, v) -> Identifiers.quote((String) v[0]));
            case "pg_get_function_sqlbody":
                // psql's \df+ shows prosrc when this is null (bodies are kept as prosrc text)
                return n != 1 ? null : call(text, coerce(args, positions, params, oid), (c, v) -> null);
            case "pg_relation_size", "pg_total_relation_size", "pg_table_size", "pg_indexes_size": {
                if (n != 1 && !(n == 2 && name.equals("pg_relation_size"))) {
                    return null;
                }
                BoundExpr[] sized = n == 1 ? coerce(args, positions, params, DataType.of(Types.REGCLASS))
                        : coerce(args, positions, params, DataType.of(Types.REGCLASS), text);
                return call(DataType.of(Types.INT8), sized, (c, v) -> switch (name) {
                    case "pg_relation_size" -> io.pglitedb.catalog.system.RelationSizes.relation(c, (Long) v[0],
                            n == 2 ? (String) v[1] : null);
                    case "pg_table_size" -> io.pglitedb.catalog.system.RelationSizes.table(c, (Long) v[0]);
                    case "pg_indexes_size" -> io.pglitedb.catalog.system.RelationSizes.indexes(c, (Long) v[0]);
                    default -> io.pglitedb.catalog.system.RelationSizes.total(c, (Long) v[0]);
                });
            }
            case "pg_size_pretty":
                if (n == 1 && args.get(0).type().type() == Types.NUMERIC) { // pg_size_pretty(numeric): sums of sizes
                    return call(text, args.toArray(new BoundExpr[0]), (c, v) -> CatalogFunctions.sizePretty(
                            ((java.math.BigDecimal) v[0]).setScale(0, java.math.RoundingMode.HALF_UP).longValue()));
                }
                return n != 1 ? null : call(text, coerce(args, positions, params, DataType.of(Types.INT8)),
                        (c, v) -> CatalogFunctions.sizePretty((Long) v[0]));
            case "pg_sequence_last_value", "pglitedb_sequence_value": {
                boolean any = name.equals("pglitedb_sequence_value");
                return n != 1 ? null : call(DataType.of(Types.INT8), new BoundExpr[] {Coercions.coerce(args.get(0),
                        DataType.of(Types.REGCLASS), CastContext.IMPLICIT, params, positions.get(0))},
                        (c, v) -> CatalogFunctions.sequenceLastValue(c, (Long) v[0], any));
            }
            case "acldefault":
                return n != 2 ? null : call(DataType.of(io.pglitedb.types.ArrayTypes.ACLITEM),
                        new BoundExpr[] {Coercions.coerce(args.get(0), DataType.of(Types.CHAR), CastContext.IMPLICIT, params,
                                positions.get(0)), Coercions.coerce(args.get(1), oid, CastContext.IMPLICIT, params,
                                positions.get(1))},
                        (c, v) -> CatalogFunctions.aclDefault(c, String.valueOf(v[0]), (Long) v[1]));
            case "pg_is_in_recovery":
                return n != 0 ? null : call(bool, new BoundExpr[0], (c, v) -> false);
            case "pg_get_viewdef":
                // pg_get_viewdef(view, pretty) or pg_get_viewdef(view, wrap column): pretty either way
                if (n < 1 || n > 2) {
                    return null;
                }
                // pg_get_viewdef(text) names the view
                DataType viewArg = args.get(0).type().type() == Types.UNKNOWN || args.get(0).type().type() == Types.TEXT
                        ? DataType.of(Types.REGCLASS) : oid;
                BoundExpr view = Coercions.coerce(args.get(0), viewArg, CastContext.IMPLICIT, params, positions.get(0));
                return call(text, n == 1 ? new BoundExpr[] {view} : new BoundExpr[] {view, args.get(1)},
                        (c, v) -> CatalogFunctions.viewDef(c, (Long) v[0], n == 2 && !Boolean.FALSE.equals(v[1])));
            case "pg_get_partkeydef":
                return n != 1 ? null : call(text, coerce(args, positions, params, oid),
                        (c, v) -> CatalogFunctions.partitionKeyDefinition(c, (Long) v[0]));
            case "pg_get_partition_constraintdef":
                return n != 1 ? null : call(text, coerce(args, positions, params, oid),
                        (c, v) -> CatalogFunctions.partitionConstraintDefinition(c, (Long) v[0]));
            case "pg_get_statisticsobjdef_columns":
                return n < 1 || n > 2 ? null : call(text, new BoundExpr[] {Coercions.coerce(args.get(0), oid,
                        CastContext.IMPLICIT, params, positions.get(0))}, (c, v) -> null);
            case "pg_partition_root":
                return n != 1 ? null : call(DataType.of(Types.REGCLASS), new BoundExpr[] {Coercions.coerce(args.get(0),
                        DataType.of(Types.REGCLASS), CastContext.IMPLICIT, params, positions.get(0))},
                        (c, v) -> CatalogFunctions.partitionRoot(c, (Long) v[0]));
            case "pg_get_function_result":
                return n != 1 ? null : call(text, coerce(args, positions, params, oid),
                        (c, v) -> CatalogFunctions.functionResult(c, (Long) v[0]));
            case "pg_get_function_arguments", "pg_get_function_identity_arguments": {
                boolean identity = name.equals("pg_get_function_identity_arguments");
                return n != 1 ? null : call(text, coerce(args, positions, params, oid),
                        (c, v) -> CatalogFunctions.functionArguments(c, (Long) v[0], identity));
            }
            case "pg_get_function_arg_default":
                return n != 2 ? null : call(text, coerce(args, positions, params, oid, DataType.of(Types.INT4)),
                        (c, v) -> CatalogFunctions.argumentDefault(c, (Long) v[0], (Integer) v[1]));
            case "nameconcatoid":
                return n != 2 ? null : call(DataType.of(Types.NAME), coerce(args, positions, params,
                        DataType.of(Types.NAME), oid), (c, v) -> CatalogFunctions.nameConcatOid((String) v[0], (Long) v[1]));
            case "current_setting":
                if (n == 1) {
                    return call(text, coerce(args, positions, params, text),
                            (c, v) -> c.session().get((String) v[0]));
                }
                return n != 2 ? null : call(text, coerce(args, positions, params, text, bool), (c, v) -> {
                    try {
                        return c.session().get((String) v[0]);
                    } catch (io.pglitedb.error.PgException e) {
                        if (Boolean.TRUE.equals(v[1])) {
                            return null; // missing_ok
                        }
                        throw e;
                    }
                });
            case "set_config":
                return n != 3 ? null : call(text, coerce(args, positions, params, text, text, bool),
                        (c, v) -> c.session().set((String) v[0], (String) v[1], Boolean.TRUE.equals(v[2])), false);
            case "pg_typeof": {
                // the argument's type as analysed (not evaluated): pg_typeof(NULL) is unknown
                if (n != 1) {
                    return null;
                }
                long type = args.get(0).type().oid();
                return call(DataType.of(Types.REGTYPE), new BoundExpr[0], (c, v) -> type);
            }
            case "pg_get_triggerdef":
                return n < 1 || n > 2 ? null : call(text, coerce(args.subList(0, 1), positions, params, oid),
                        (c, v) -> triggerDefinition(c, (int) (long) (Long) v[0], n == 2));
            case "pg_relation_is_publishable":
                // ordinary user tables are; there are no publications to put them in yet
                return n != 1 ? null : call(bool, new BoundExpr[] {Coercions.coerce(args.get(0),
                        DataType.of(Types.REGCLASS), CastContext.IMPLICIT, params, positions.get(0))},
                        (c, v) -> c.view().tableByOid((int) (long) (Long) v[0]) != null);
            case "pg_stat_statements_reset": {
                // (userid oid DEFAULT 0, dbid oid DEFAULT 0, queryid bigint DEFAULT 0) RETURNS void
                if (n > 3) {
                    return null;
                }
                DataType[] types = {oid, oid, DataType.of(Types.INT8)};
                return call(DataType.of(Types.VOID), coerce(args, positions, params,
                        java.util.Arrays.copyOf(types, n)), (c, v) -> {
                            CatalogFunctions.resetStatementStatistics(c, n > 0 ? (Long) v[0] : 0L,
                                    n > 1 ? (Long) v[1] : 0L, n > 2 ? (Long) v[2] : 0L);
                            return null;
                        });
            }
            case "pg_get_functiondef":
                return n != 1 ? null : call(text, coerce(args, positions, params, oid),
                        (c, v) -> io.pglitedb.catalog.system.RoutineDefinitions.functionDef(c, (Long) v[0]));
            case "pg_tablespace_location":
                return n != 1 ? null : call(text, coerce(args, positions, params, oid), (c, v) -> "");
            default:
                return null;
        }
    }

    private static BoundExpr[] coerce(List<BoundExpr> args, List<Integer> positions, ParameterTypes params,
            DataType... types) {
        BoundExpr[] out = new BoundExpr[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = Coercions.coerce(args.get(i), types[i], CastContext.IMPLICIT, params, positions.get(i));
        }
        return out;
    }

    /** pg_get_triggerdef: names qualified unless visible (pretty) or always for the table (not pretty). */
    private static String triggerDefinition(io.pglitedb.catalog.system.SystemContext c, int oid, boolean pretty) {
        io.pglitedb.catalog.TriggerDescriptor t = c.view().catalog().triggers().byOid(oid);
        if (t == null) {
            return null;
        }
        io.pglitedb.catalog.TableDescriptor table = c.view().tableByOid(t.tableOid());
        if (table == null) {
            return null;
        }
        java.util.List<String> visible = c.searchPath().lookupOrder(c.view());
        String tableName = !pretty || !visible.contains(table.schema()) ? table.schema() + "." + table.name()
                : table.name();
        io.pglitedb.catalog.RoutineDescriptor f = c.view().catalog().routines().byOid(t.functionOid());
        String function = f == null ? "-" : visible.contains(f.schema()) ? f.name() : f.schema() + "." + f.name();
        return io.pglitedb.catalog.TriggerDefinitions.of(t, tableName, function);
    }

    @FunctionalInterface
    interface Body {
        Object apply(SystemContext context, Object[] values);
    }

    private static BoundExpr call(DataType type, BoundExpr[] args, Body body) {
        return call(type, args, body, true);
    }

    private static BoundExpr call(DataType type, BoundExpr[] args, Body body, boolean strict) {
        return new Call(type, args, body, strict);
    }

    /** A catalog function call: the arguments (NULL in gives NULL out when strict), then the body. */
    private static final class Call extends BoundExpr {
        private final BoundExpr[] args;
        private final Body body;
        private final boolean strict;

        Call(DataType type, BoundExpr[] args, Body body, boolean strict) {
            super(type);
            this.args = args;
            this.body = body;
            this.strict = strict;
        }

        @Override
        public Object eval(Object[] row, Object[] params) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(row, params);
                if (values[i] == null && (strict || i == 0)) {
                    return null;
                }
            }
            return body.apply(ExecContext.of(params).systemContext(), values);
        }
    }

}
