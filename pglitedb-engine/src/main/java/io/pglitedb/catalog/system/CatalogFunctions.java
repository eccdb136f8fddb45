package io.pglitedb.catalog.system;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.sql.parser.Identifiers;
import java.util.ArrayList;
import java.util.List;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;

/**
 * The functions psql and drivers call over the catalogs (pg_get_userbyid, pg_table_is_visible,
 * format_type, pg_get_indexdef, pg_get_constraintdef ...), computed from a {@link SystemContext}.
 */
public final class CatalogFunctions {
    private CatalogFunctions() {
    }

    /** pg_get_userbyid: the role's name, or "unknown (OID=n)". */
    public static String userName(SystemContext c, long oid) {
        for (RoleDescriptor r : CatalogRows.allRoles(c.view())) {
            if (r.oid() == oid) {
                return r.name();
            }
        }
        return "unknown (OID=" + oid + ")";
    }

    /** pg_table_is_visible: the relation is the one its unqualified name finds through the search path. */
    public static boolean tableIsVisible(SystemContext c, long oid) {
        if (SystemRelations.byOid((int) oid) != null || SystemIndexes.byOid(oid) != null) {
            return true;
        }
        String[] named = relationName(c.view(), oid);
        if (named == null) {
            return false;
        }
        String found = Namespaces.relationSchema(c.view(), c.searchPath(), null, named[1]);
        return found.equals(named[0]) && SystemRelations.find(SchemaDescriptor.PG_CATALOG, named[1]) == null;
    }

    /** {schema, name} of the relation (table, index, sequence, system relation) with this OID, or null. */
    public static String[] relationName(CatalogView view, long oid) {
        SystemRelation system = SystemRelations.byOid((int) oid);
        if (system != null) {
            return new String[] {system.schema(), system.name()};
        }
        SystemIndexes.SystemIndex systemIndex = SystemIndexes.byOid(oid);
        if (systemIndex != null) {
            return new String[] {SchemaDescriptor.PG_CATALOG, systemIndex.name()};
        }
        for (TableDescriptor t : view.tables()) {
            if (t.oid() == oid) {
                return new String[] {t.schema(), t.name()};
            }
            if (t.hasPrimaryKey() && CatalogRows.primaryKeyIndexOid(t) == oid) {
                return new String[] {t.schema(), t.primaryKeyName()};
            }
            for (IndexDescriptor index : t.indexes()) {
                if (index.oid() == oid) {
                    return new String[] {t.schema(), index.name()};
                }
            }
        }
        for (SequenceDescriptor s : view.sequences()) {
            if (s.oid() == oid) {
                return new String[] {s.schema(), s.name()};
            }
        }
        for (io.pglitedb.catalog.TypeDescriptor t : view.types()) { // a composite type's relkind 'c' relation
            if (t.isComposite() && t.composite().relationOid() == oid) {
                return new String[] {t.schema(), t.name()};
            }
        }
        return null;
    }

    /** pg_partition_root(regclass): the top of the relation's partition tree, or null. */
    public static Long partitionRoot(SystemContext c, long oid) {
        return PartitionTrees.root(c, oid);
    }

    /** regclass output: the name, qualified when it is not visible. */
    public static String regclassName(SystemContext c, long oid) {
        String[] named = relationName(c.view(), oid);
        if (named == null) {
            return null;
        }
        return tableIsVisible(c, oid) ? Identifiers.quote(named[1])
                : Identifiers.quote(named[0]) + "." + Identifiers.quote(named[1]);
    }

    /** pg_stat_get_numscans(relation): the scans of a table or index this database has counted. */
    public static long indexScans(SystemContext c, long oid) {
        io.pglitedb.stats.Activity activity = c.session().activity();
        return activity == null ? 0 : activity.tables().snapshot(c.view().catalog().databaseOid(), (int) oid).indexScans();
    }

    /** format_type(type oid, typmod). */
    public static String formatType(long typeOid, Integer typmod) {
        PgType type = Types.byOid((int) typeOid);
        if (type == Types.BPCHAR && typmod == null) {
            return "character"; // without a typmod; -1 given means unbounded "bpchar"
        }
        if (type != null) {
            return Types.formatType(new DataType(type, typmod == null ? -1 : typmod));
        }
        BuiltinTypes.Row row = BuiltinTypes.byOid(typeOid);
        if (row != null) {
            return row.name().startsWith("_") ? row.name().substring(1) + "[]" : row.name();
        }
        return "???";
    }

    /** The name a regtype value prints as. */
    public static String typeName(long typeOid) {
        String formatted = formatType(typeOid, null);
        return formatted.equals("???") ? null : formatted;
    }

    /** The name a regproc value prints as. */
    public static String functionName(long oid) {
        BuiltinFunctions.Row row = BuiltinFunctions.byOid(oid);
        return row == null ? null : row.name();
    }

    /** pg_get_function_result: the result type, SETOF for set-returning functions; null if unknown. */
    public static String functionResult(SystemContext c, long oid) {
        BuiltinFunctions.Row row = BuiltinFunctions.byOid(oid);
        if (row == null) {
            io.pglitedb.catalog.RoutineDescriptor r = userRoutine(c, oid);
            return r == null ? null : io.pglitedb.catalog.RoutineText.result(r, t -> formatType(t, null));
        }
        return (row.returnsSet() ? "SETOF " : "") + formatType(row.resultType(), null);
    }

    /** pg_get_function_arguments: the argument types, comma-separated; null if unknown. */
    public static String functionArguments(SystemContext c, long oid, boolean identity) {
        BuiltinFunctions.Row row = BuiltinFunctions.byOid(oid);
        if (row == null) {
            io.pglitedb.catalog.RoutineDescriptor r = userRoutine(c, oid);
            return r == null ? null : identity ? io.pglitedb.catalog.RoutineText.identityArguments(r)
                    : io.pglitedb.catalog.RoutineText.arguments(r);
        }
        BuiltinFunctions.Arguments arguments = BuiltinFunctions.arguments(oid);
        List<Long> types = new ArrayList<>();
        if (arguments != null && arguments.allTypes() != null) {
            types.addAll(java.util.Arrays.asList(arguments.allTypes()));
        } else {
            for (String type : row.argumentTypes().split(" ")) {
                if (!type.isEmpty()) {
                    types.add(Long.parseLong(type));
                }
            }
        }
        // print_function_arguments: [mode ][name ]type per parameter, OUT ones too (their defaults are not recorded)
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            String mode = arguments == null || arguments.modes() == null ? "i" : arguments.modes()[i];
            String name = arguments == null || arguments.names() == null ? "" : arguments.names()[i];
            sb.append(i == 0 ? "" : ", ").append(switch (mode) {
                case "o" -> "OUT ";
                case "b" -> "INOUT ";
                case "v" -> "VARIADIC ";
                default -> "";
            });
            if (!name.isEmpty()) {
                sb.append(io.pglitedb.sql.parser.Identifiers.quote(name)).append(' ');
            }
            sb.append(formatType(types.get(i), null));
        }
        return sb.toString();
    }

    /**
     * pg_get_function_arg_default(function, n): the default of the function's n-th parameter (counted
     * over all parameters, as proallargtypes), or null when it is not an input or has no default.
     */
    public static String argumentDefault(SystemContext c, long oid, int position) {
        io.pglitedb.catalog.RoutineDescriptor r = userRoutine(c, oid);
        if (r == null || position < 1 || position > r.parameters().size()
                || !r.parameters().get(position - 1).isInput()) {
            return null;
        }
        int input = 0; // the parameter's position among the inputs
        for (int i = 0; i < position - 1; i++) {
            input += r.parameters().get(i).isInput() ? 1 : 0;
        }
        int firstDefault = r.argumentTypes().size() - r.defaults().size();
        if (input < firstDefault) {
            return null;
        }
        String text = r.defaults().get(input - firstDefault);
        String deparsed = io.pglitedb.sql.deparse.Deparser.expression(analyzerContext(c), null, text, false);
        return deparsed != null ? deparsed : text;
    }

    /**
     * nameconcatoid(name, oid): {@code name_oid}, the name clipped so that the whole fits in a name
     * (63 bytes), as information_schema's specific_name.
     */
    public static String nameConcatOid(String name, long oid) {
        String suffix = "_" + oid;
        int room = 63 - suffix.length();
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > room) {
            int end = room;
            while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
                end--; // not inside a multi-byte character
            }
            name = new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
        }
        return name + suffix;
    }

    /**
     * acldefault(type, owner): the privileges an object of that type has before any GRANT or
     * REVOKE ('c' column, 'r' relation, 's' sequence, 'd' database, 'f' function, 'l' language,
     * 'L' large object, 'n' schema, 't' tablespace, 'F' foreign-data wrapper, 'S' foreign server,
     * 'T' type, 'p' parameter). @throws PgException 22023 for another type letter
     */
    public static io.pglitedb.types.ArrayValue aclDefault(SystemContext c, String type, long owner) {
        String name = userName(c, owner);
        String o = name == null ? Long.toString(owner) : io.pglitedb.catalog.Privileges.quoteRole(name);
        String[] items = switch (type) {
            case "c" -> new String[0];
            case "r" -> new String[] {o + "=arwdDxt/" + o};
            case "s" -> new String[] {o + "=rwU/" + o};
            case "d" -> new String[] {"=Tc/" + o, o + "=CTc/" + o};
            case "f" -> new String[] {"=X/" + o, o + "=X/" + o};
            case "l", "T" -> new String[] {"=U/" + o, o + "=U/" + o};
            case "L" -> new String[] {o + "=rw/" + o};
            case "n" -> new String[] {o + "=UC/" + o};
            case "t" -> new String[] {o + "=C/" + o};
            case "F", "S" -> new String[] {o + "=U/" + o};
            case "p" -> new String[] {o + "=sA/" + o};
            default -> throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_PARAMETER_VALUE,
                    "unrecognized objtype abbreviation: %s", type);
        };
        return io.pglitedb.types.ArrayValue.of((Object[]) items);
    }

    /**
     * pg_sequence_last_value(regclass): the sequence's last value, null before its first nextval
     * (or after setval(..., false)); with {@code evenIfNotCalled} the value nextval starts from then.
     * @throws PgException 42809 when the relation is not a sequence
     */
    public static Long sequenceLastValue(SystemContext c, long oid, boolean evenIfNotCalled) {
        for (io.pglitedb.catalog.SequenceDescriptor s : c.view().sequences()) {
            if (s.oid() == oid) {
                io.pglitedb.catalog.Sequence state = c.view().catalog().sequence(s);
                return state.isCalled() || evenIfNotCalled ? state.lastValue() : null;
            }
        }
        TableDescriptor t = c.view().table((int) oid);
        throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.WRONG_OBJECT_TYPE,
                "\"%s\" is not a sequence", t == null ? Long.toString(oid) : t.name());
    }

    private static io.pglitedb.catalog.RoutineDescriptor userRoutine(SystemContext c, long oid) {
        if (c.view() == null || c.view().catalog() == null || oid < 0 || oid > Integer.MAX_VALUE) {
            return null;
        }
        return c.view().catalog().routines().byOid((int) oid);
    }

    public static String namespaceName(SystemContext c, long oid) {
        SchemaDescriptor s = c.view().schema((int) oid);
        return s == null ? null : Identifiers.quote(s.name());
    }

    /**
     * pg_get_viewdef(view oid [, pretty]): null for a relation that is not a view; the stored text
     * when the deparser does not know a construct of the query.
     */
    public static String viewDef(SystemContext c, long oid, boolean pretty) {
        TableDescriptor t = c.view().table((int) oid);
        if (t == null || t.view() == null) {
            return null;
        }
        String deparsed = io.pglitedb.sql.deparse.Deparser.view(analyzerContext(c), t, pretty,
                relation -> regclassName(c, relation));
        return deparsed != null ? deparsed : Definitions.viewDef(t);
    }

    /** What analysing a stored definition needs: the catalog and search path of the running statement. */
    static io.pglitedb.sql.analyze.AnalyzerContext analyzerContext(SystemContext c) {
        return new io.pglitedb.sql.analyze.AnalyzerContext(c.view(), new io.pglitedb.sql.analyze.ParameterTypes(null),
                c.user(), c.database(), new io.pglitedb.exec.SessionSequences(), c.searchPath());
    }

    /**
     * pg_get_expr(text, relation [, pretty]) over a stored expression of the relation's columns
     * (defaults, CHECK conditions, policy conditions): deparsed with PostgreSQL's casts and
     * parentheses; other stored texts (partition bounds) as they are.
     */
    public static String expression(SystemContext c, String sql, long relation, boolean pretty) {
        if (sql == null) {
            return null;
        }
        TableDescriptor t = c.view().table((int) relation);
        String deparsed = t == null ? null : io.pglitedb.sql.deparse.Deparser.expression(analyzerContext(c), t, sql,
                pretty, defaultedColumnType(t, sql));
        if (deparsed != null) {
            return deparsed;
        }
        return pretty ? Definitions.prettyExpression(sql) : sql;
    }

    /**
     * pg_type.typstorage of a column's type: PostgreSQL's for built-in types, 'x' (extended) for
     * other arrays and composite types, 'p' (plain) for the rest (enums).
     */
    public static char typeStorage(io.pglitedb.types.PgType type) {
        BuiltinTypes.Row row = BuiltinTypes.byOid(type.oid());
        if (row != null) {
            return row.storage();
        }
        return type instanceof io.pglitedb.types.ArrayType || type instanceof io.pglitedb.types.CompositeType ? 'x' : 'p';
    }

    /** The type of the column whose default (pg_attrdef.adbin) is {@code sql}, or null when it is none's. */
    private static io.pglitedb.types.DataType defaultedColumnType(TableDescriptor t, String sql) {
        for (io.pglitedb.catalog.ColumnDescriptor column : t.columns()) {
            if (sql.equals(Definitions.defaultExpression(column))) {
                return column.type();
            }
        }
        return null;
    }

    /** pg_get_indexdef(index oid). */
    /** obj_description / col_description: the COMMENT ON text of (oid, catalog or null for any, sub-id), or null. */
    public static String description(SystemContext c, long oid, String catalog, int subId) {
        return CatalogRows.description(c, oid, catalog, subId);
    }

    public static String indexDef(SystemContext c, long oid) {
        return indexDef(c, oid, 0);
    }

    /** pg_get_indexdef(index oid, column, pretty): column 0 is the whole CREATE INDEX, n its n-th key. */
    public static String indexDef(SystemContext c, long oid, int column) {
        return indexDef(c, oid, column, false);
    }

    public static String indexDef(SystemContext c, long oid, int column, boolean pretty) {
        SystemIndexes.SystemIndex system = SystemIndexes.byOid(oid);
        if (system != null) {
            return SystemIndexes.definition(system, column);
        }
        for (TableDescriptor t : c.view().tables()) {
            if (t.hasPrimaryKey() && CatalogRows.primaryKeyIndexOid(t) == oid) {
                int[] columns = t.primaryKey();
                if (column <= 0) {
                    return Definitions.primaryKeyIndexDef(t);
                }
                return column > columns.length ? "" : Identifiers.quote(t.columns().get(columns[column - 1]).name());
            }
            for (IndexDescriptor index : t.indexes()) {
                if (index.oid() == oid) {
                    if (column <= 0) {
                        return indexDef(c, t, index, pretty);
                    }
                    return column > index.attributeCount() ? "" : column > index.columnCount()
                            ? Identifiers.quote(t.columns().get(index.included()[column - 1 - index.columnCount()]).name())
                            : indexColumnText(c, t, index, column - 1, pretty);
                }
            }
        }
        return null;
    }

    /** CREATE INDEX text of an index, with its expressions and predicate deparsed like PostgreSQL's. */
    public static String indexDef(SystemContext c, TableDescriptor t, IndexDescriptor index, boolean pretty) {
        if (!index.hasExpressionsOrPredicate()) {
            return Definitions.indexDef(t, index);
        }
        String[] keys = new String[index.columnCount()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = index.expression(i) == null ? null : indexColumnText(c, t, index, i, pretty);
        }
        String predicate = index.predicate() == null ? null : expression(c, index.predicate(), t.oid(), pretty);
        return Definitions.indexDef(t, index, keys, predicate);
    }

    /** Index column i: its column name, or its expression (in parentheses unless it looks like a function call). */
    private static String indexColumnText(SystemContext c, TableDescriptor t, IndexDescriptor index, int i,
            boolean pretty) {
        String sql = index.expression(i);
        return sql == null ? Identifiers.quote(t.columns().get(index.column(i)).name()) : indexColumn(c, t, sql, pretty);
    }

    /**
     * The names of an index's columns (pg_attribute of the index): a table column's name, the
     * function's name for a function call, else "expr"; repeated names get 1, 2, ... appended
     * (ChooseIndexColumnNames).
     */
    public static String[] indexColumnNames(TableDescriptor t, IndexDescriptor index) {
        java.util.List<String> names = new java.util.ArrayList<>(index.attributeCount());
        for (int i = 0; i < index.attributeCount(); i++) {
            String sql = i < index.columnCount() ? index.expression(i) : null;
            String base;
            if (i >= index.columnCount()) {
                base = t.columns().get(index.included()[i - index.columnCount()]).name();
            } else if (sql == null) {
                base = t.columns().get(index.column(i)).name();
            } else if (looksLikeFunction(sql)) {
                base = sql.substring(0, sql.indexOf('('));
                base = base.substring(base.lastIndexOf('.') + 1).replace("\"", "");
            } else {
                base = "expr";
            }
            names.add(base);
        }
        return io.pglitedb.catalog.ObjectNames.distinctColumnNames(names).toArray(new String[0]);
    }

    /** The type of an index expression (the type of that index column). */
    public static io.pglitedb.types.DataType indexExpressionType(SystemContext c, TableDescriptor t, String sql) {
        try {
            return io.pglitedb.sql.analyze.IndexExpressions.type(t, sql, analyzerContext(c));
        } catch (io.pglitedb.error.PgException e) {
            return io.pglitedb.types.DataType.of(io.pglitedb.types.Types.TEXT);
        }
    }

    /** An index expression as pg_get_indexdef shows it (looks_like_function: no extra parentheses). */
    public static String indexColumn(SystemContext c, TableDescriptor t, String sql, boolean pretty) {
        String deparsed = io.pglitedb.sql.deparse.Deparser.expression(analyzerContext(c), t, sql, pretty);
        if (deparsed == null) {
            deparsed = sql;
        }
        return looksLikeFunction(deparsed) ? deparsed : "(" + deparsed + ")";
    }

    /** name(...) whose first parenthesis closes at the end. */
    private static boolean looksLikeFunction(String text) {
        int open = text.indexOf('(');
        if (open <= 0 || !text.endsWith(")") || !text.substring(0, open).matches("[A-Za-z_][A-Za-z_0-9.\"]*")) {
            return false;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    /** pg_get_partkeydef(table oid): "RANGE (a, b)", null for a table that is not partitioned. */
    public static String partitionKeyDefinition(SystemContext c, long oid) {
        return InheritanceRows.keyDefinition(c.view(), oid);
    }

    /** pg_get_partition_constraintdef(table oid). */
    public static String partitionConstraintDefinition(SystemContext c, long oid) {
        return InheritanceRows.constraintDefinition(c.view(), oid);
    }

    /** pg_get_constraintdef(constraint oid [, pretty]). */
    public static String constraintDef(SystemContext c, long oid, boolean pretty) {
        SystemIndexes.SystemIndex system = SystemIndexes.byConstraintOid(oid);
        if (system != null) {
            return system.constraintDefinition();
        }
        String domainCheck = TypeRows.domainConstraintDef(c, oid, pretty);
        if (domainCheck != null) {
            return domainCheck;
        }
        for (TableDescriptor t : c.view().tables()) {
            if (t.hasPrimaryKey() && CatalogRows.derivedOid(t.oid(), "constraint", t.primaryKeyName()) == oid) {
                return Definitions.primaryKeyDef(t);
            }
            for (IndexDescriptor index : t.indexes()) {
                if (index.constraint() && CatalogRows.derivedOid(t.oid(), "constraint", index.name()) == oid) {
                    return Definitions.uniqueDef(t, index)
                            + Definitions.deferral(index.deferrable(), index.initiallyDeferred());
                }
            }
            for (CheckConstraint check : t.checks()) {
                if (CatalogRows.derivedOid(t.oid(), "constraint", check.name()) == oid) {
                    String deparsed = io.pglitedb.sql.deparse.Deparser.expression(analyzerContext(c), t,
                            check.expressionSql(), pretty);
                    return (deparsed != null ? "CHECK (" + deparsed + ")" : Definitions.checkDef(check, pretty))
                            + notValid(t, check.name());
                }
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (CatalogRows.derivedOid(t.oid(), "constraint", fk.name()) == oid) {
                    return Definitions.foreignKeyDef(c.view(), t, fk, !tableIsVisible(c, fk.referencedTable()))
                            + Definitions.deferral(fk.deferrable(), fk.initiallyDeferred()) + notValid(t, fk.name());
                }
            }
        }
        return null;
    }

    /** " NOT VALID" after the definition of a constraint added NOT VALID and not validated since. */
    private static String notValid(TableDescriptor t, String constraint) {
        return t.settings().notValid(constraint) ? " NOT VALID" : "";
    }

    /** pg_size_pretty(bigint), as PostgreSQL 15 rounds: bytes below 10 kB, then kB, MB, GB, TB, PB. */
    public static String sizePretty(long size) {
        long limit = 10 * 1024;
        long limit2 = limit * 2 - 1;
        if (Math.abs(size) < limit) {
            return size + " bytes";
        }
        size >>= 9; // one extra bit for rounding
        String[] units = {"kB", "MB", "GB", "TB"};
        for (String unit : units) {
            if (Math.abs(size) < limit2) {
                return halfRounded(size) + " " + unit;
            }
            size >>= 10;
        }
        return halfRounded(size) + " PB";
    }

    private static long halfRounded(long x) {
        return (x + (x < 0 ? -1 : 1)) / 2;
    }

    /**
     * pg_stat_statements_reset(userid, dbid, queryid): forgets the matching statements (0 matches
     * any). Only superusers may call it, as PostgreSQL grants it to no one else by default.
     */
    public static void resetStatementStatistics(SystemContext c, long user, long database, long queryId) {
        io.pglitedb.catalog.RoleDescriptor me = c.view().role(c.user());
        if (me == null || !me.superuser()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INSUFFICIENT_PRIVILEGE,
                    "permission denied for function pg_stat_statements_reset");
        }
        if (c.session().activity() != null) {
            c.session().activity().statements().reset((int) user, (int) database, queryId);
        }
    }
}
