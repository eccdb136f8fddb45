package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.UserFunctions;
import io.pglitedb.sql.ast.CallProcedure;
import io.pglitedb.sql.ast.CreateFunction;
import io.pglitedb.sql.ast.DropFunction;
import io.pglitedb.sql.ast.FunctionParameter;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CREATE [OR REPLACE] FUNCTION / PROCEDURE, DROP FUNCTION / PROCEDURE / ROUTINE and CALL. A
 * LANGUAGE sql body is planned at CREATE (PostgreSQL's check_function_bodies), so errors in it
 * are reported then; other languages are stored and refused when called.
 */
final class RoutineCommands {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;
    private final AnalyzerContext analyzerContext;

    RoutineCommands(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView,
            ResultSink sink, AnalyzerContext analyzerContext) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
        this.analyzerContext = analyzerContext;
    }

    String create(CreateFunction create) {
        String tag = create.procedure() ? "CREATE PROCEDURE" : "CREATE FUNCTION";
        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        String language = create.language();
        if (!List.of("sql", "plpgsql", "c", "internal").contains(language)) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "language \"%s\" does not exist", language);
        }
        List<Integer> argumentTypes = new ArrayList<>();
        List<String> argumentNames = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        List<String> outNames = new ArrayList<>();
        List<Integer> outTypes = new ArrayList<>();
        List<String> argumentsText = new ArrayList<>();
        List<io.pglitedb.catalog.RoutineParameter> parameters = new ArrayList<>();
        for (FunctionParameter p : create.parameters()) {
            int oid = UserFunctions.typeOid(p.type());
            String mode = p.mode();
            parameters.add(new io.pglitedb.catalog.RoutineParameter(mode.charAt(0), p.name(), oid));
            if (!mode.equals("o")) {
                argumentTypes.add(oid);
                argumentNames.add(p.name() == null ? "" : p.name());
                if (p.defaultText() != null) {
                    defaults.add(p.defaultText());
                } else if (!defaults.isEmpty()) {
                    throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                            "input parameters after one with a default value must also have defaults");
                }
            }
            if ((mode.equals("o") || mode.equals("b")) && !create.procedure()) {
                outNames.add(p.name() == null ? "column" + (outNames.size() + 1) : p.name());
                outTypes.add(oid);
            }
            String prefix = switch (mode) {
                case "o" -> "OUT ";
                case "b" -> "INOUT ";
                case "v" -> "VARIADIC ";
                default -> "";
            };
            argumentsText.add(prefix + (p.name() == null ? "" : p.name() + " ") + typeText(p.type())
                    + (p.defaultText() == null ? "" : " DEFAULT " + p.defaultText()));
        }
        int returnType;
        if (create.procedure()) {
            returnType = Types.VOID.oid();
        } else if (!create.tableColumns().isEmpty()) {
            for (FunctionParameter p : create.tableColumns()) {
                parameters.add(new io.pglitedb.catalog.RoutineParameter('t', p.name(), UserFunctions.typeOid(p.type())));
                outNames.add(p.name());
                outTypes.add(UserFunctions.typeOid(p.type()));
            }
            returnType = outTypes.size() == 1 ? outTypes.get(0) : UserFunctions.RECORD_OID;
        } else if (create.returnType() != null) {
            // a composite type or a table's row type is the result type; its attributes are the result columns
            returnType = UserFunctions.typeOid(create.returnType());
            if (outTypes.size() > 0 && returnType != UserFunctions.RECORD_OID
                    && !(outTypes.size() == 1 && outTypes.get(0) == returnType)) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                        "function result type must be %s because of OUT parameters",
                        outTypes.size() == 1 ? Types.formatType(UserFunctionsTypes.of(outTypes.get(0))) : "record");
            }
        } else if (!outTypes.isEmpty()) {
            returnType = outTypes.size() == 1 ? outTypes.get(0) : UserFunctions.RECORD_OID;
        } else {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "function result type must be specified");
        }
        checkRangeResult(argumentTypes, returnType, outTypes);
        if (outTypes.size() == 1) {
            // a single OUT parameter makes a function returning that type
            outNames.clear();
            outTypes.clear();
        }
        int owner = session.currentRoleOid(catalogView);
        Ownership ownership = new Ownership(session, catalog, transaction, catalogView);
        ownership.checkCreateIn(create.name(), false);
        RoutineDescriptor existing = find(schema, name, argumentTypes);
        if (existing != null) {
            if (!create.orReplace()) {
                throw new PgException(SqlState.DUPLICATE_FUNCTION,
                        "%s \"%s\" already exists with same argument types", create.procedure() ? "procedure" : "function",
                        name);
            }
            ownership.checkRoutineOwner(existing);
            if ((existing.kind() == 'p') != create.procedure()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change routine kind")
                        .withDetail("\"" + name + "\" is a " + (existing.kind() == 'p' ? "procedure." : "function."));
            }
            if (existing.returnType() != returnType || existing.returnsSet() != create.returnsSet()) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "cannot change return type of existing function")
                        .withHint("Use DROP FUNCTION " + name + "(" + argumentList(existing) + ") first.");
            }
        }
        RoutineDescriptor routine = new RoutineDescriptor(existing != null ? existing.oid() : catalog.allocateOid(),
                schema, name, create.procedure() ? 'p' : 'f', argumentTypes, argumentNames, defaults, returnType,
                create.returnsSet(), outNames, outTypes, language, create.body(), create.volatility(), create.strict(),
                create.securityDefiner(), create.parallel(), create.cost(), create.rows(),
                existing != null ? existing.owner() : owner, String.join(", ", argumentsText), parameters);
        // written before its body is checked, so that a recursive body finds the function
        catalogView.writeRoutine(transaction, routine);
        if (existing == null) {
            ownership.createdRoutine(routine);
        }
        try {
            if (language.equals("plpgsql")) {
                io.pglitedb.plpgsql.PlFunction.validate(name, create.body());
            }
            if (language.equals("sql") && !hasPolymorphicArguments(argumentTypes)) {
                List<DataType> args = new ArrayList<>();
                for (int oid : argumentTypes) {
                    args.add(UserFunctionsTypes.of(oid));
                }
                UserFunctions.ResultColumns columns = UserFunctions.resultColumns(routine);
                List<DataType> results = columns != null ? columns.types()
                        : List.of(UserFunctionsTypes.of(returnType));
                if ((returnType != UserFunctions.RECORD_OID || columns != null) && !isPolymorphic(returnType)) {
                    try {
                        UserFunctions.plan(routine, args, results, analyzerContext);
                    } catch (PgException e) {
                        throw e.context() == null ? e.withContext("SQL function \"" + name + "\"") : e;
                    }
                }
            }
        } catch (RuntimeException e) {
            if (existing != null) {
                catalogView.writeRoutine(transaction, existing);
            } else {
                catalogView.deleteRoutine(transaction, routine);
            }
            throw e;
        }
        return tag;
    }

    private static boolean isPolymorphic(int oid) {
        return UserFunctionsTypes.of(oid).type() instanceof io.pglitedb.types.PseudoType;
    }

    private static boolean hasPolymorphicArguments(List<Integer> oids) {
        for (int oid : oids) {
            if (isPolymorphic(oid) || oid == UserFunctions.RECORD_OID) {
                return true;
            }
        }
        return false;
    }

    private static String typeText(TypeName t) {
        try {
            return Types.formatType(UserFunctions.resolveType(t));
        } catch (PgException e) {
            return t.name();
        }
    }

    private RoutineDescriptor find(String schema, String name, List<Integer> argumentTypes) {
        for (RoutineDescriptor r : catalog.routines().named(name)) {
            if (r.schema().equals(schema) && r.argumentTypes().equals(argumentTypes)) {
                return r;
            }
        }
        return null;
    }

    static String argumentList(RoutineDescriptor r) {
        List<String> names = new ArrayList<>();
        for (int oid : r.argumentTypes()) {
            names.add(UserFunctionsTypes.name(oid));
        }
        return String.join(", ", names);
    }

    String drop(DropFunction drop) {
        String kind = drop.kind().toLowerCase(Locale.ROOT);
        String tag = "DROP " + drop.kind();
        List<RoutineDescriptor> doomed = new ArrayList<>();
        for (DropFunction.Item item : drop.functions()) {
            List<RoutineDescriptor> matches = new ArrayList<>();
            List<Integer> types = null;
            if (item.argumentTypes() != null) {
                types = new ArrayList<>();
                for (TypeName t : item.argumentTypes()) {
                    types.add(UserFunctions.typeOid(t));
                }
            }
            for (RoutineDescriptor r : catalog.routines().named(item.name().name())) {
                boolean schemaOk = item.name().schema() != null ? r.schema().equals(item.name().schema())
                        : session.searchPath().lookupOrder(catalogView).contains(r.schema());
                if (schemaOk && (types == null || r.argumentTypes().equals(types))) {
                    matches.add(r);
                }
            }
            String display = (item.name().schema() == null ? "" : item.name().schema() + ".") + item.name().name();
            if (matches.isEmpty()) {
                String signature = display + (types == null ? "" : "(" + typeNames(types) + ")");
                if (drop.ifExists()) {
                    String written = display + "(" + (types == null ? "" : writtenTypes(item.argumentTypes())) + ")";
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "%s %s does not exist, skipping",
                            kind, written).withSeverity("NOTICE"));
                    continue;
                }
                if (types == null) {
                    throw new PgException(SqlState.UNDEFINED_FUNCTION, "could not find a %s named \"%s\"", kind,
                            display);
                }
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "%s %s does not exist", kind, signature);
            }
            if (matches.size() > 1 && types == null) {
                throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "%s name \"%s\" is not unique", kind, display)
                        .withHint("Specify the argument list to select the " + kind + " unambiguously.");
            }
            RoutineDescriptor r = matches.get(0);
            if (r.kind() == 'a') {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is an aggregate function", display)
                        .withHint("Use DROP AGGREGATE to drop aggregate functions.");
            }
            if (!drop.kind().equals("ROUTINE") && (r.kind() == 'p') != drop.kind().equals("PROCEDURE")) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "%s(%s) is not a %s", display, argumentList(r), kind)
                        .withHint(r.kind() == 'p' ? "Use DROP PROCEDURE to drop procedures."
                                : "Use DROP FUNCTION to drop functions.");
            }
            new Ownership(session, catalog, transaction, catalogView).checkRoutineOwner(r);
            doomed.add(r);
        }
        AggregateCommands aggregates = new AggregateCommands(session, catalog, transaction, catalogView, sink,
                analyzerContext);
        List<RoutineDescriptor> cascaded = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (RoutineDescriptor r : doomed) {
            for (RoutineDescriptor dependent : aggregates.dependents(r.oid())) {
                if (!cascaded.contains(dependent)) {
                    cascaded.add(dependent);
                    lines.add("function " + dependent.name() + "(" + argumentList(dependent).replace(", ", ",") + ")"
                            + (drop.cascade() ? "" : " depends on " + kind + " " + r.name() + "("
                                    + argumentList(r).replace(", ", ",") + ")"));
                }
            }
            if (!drop.cascade() && !lines.isEmpty()) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                        "cannot drop %s %s(%s) because other objects depend on it", kind, r.name(),
                        argumentList(r).replace(", ", ",")).withDetail(String.join("\n", lines))
                        .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
            }
        }
        if (cascaded.size() == 1) {
            sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to %s", lines.get(0))
                    .withSeverity("NOTICE"));
        } else if (cascaded.size() > 1) {
            sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to %d other objects",
                    cascaded.size()).withDetail("drop cascades to " + String.join("\ndrop cascades to ", lines))
                    .withSeverity("NOTICE"));
        }
        for (RoutineDescriptor dependent : cascaded) {
            aggregates.dropAggregate(dependent);
        }
        for (RoutineDescriptor r : doomed) {
            catalogView.deleteRoutine(transaction, r);
            new Ownership(session, catalog, transaction, catalogView).droppedRoutine(r.oid());
        }
        return tag;
    }

    /** Type names as PostgreSQL's messages print what was written: SQL keywords as pg_catalog names. */
    static String writtenTypes(List<TypeName> types) {
        List<String> names = new ArrayList<>();
        for (TypeName t : types) {
            String n = switch (t.name()) {
                case "int", "integer" -> "pg_catalog.int4";
                case "smallint" -> "pg_catalog.int2";
                case "bigint" -> "pg_catalog.int8";
                case "real" -> "pg_catalog.float4";
                case "double precision", "float" -> "pg_catalog.float8";
                case "boolean" -> "pg_catalog.bool";
                case "decimal", "numeric" -> "pg_catalog.numeric";
                case "character varying", "varchar" -> "pg_catalog.varchar";
                case "character", "char" -> "pg_catalog.bpchar";
                case "timestamp" -> "pg_catalog.timestamp";
                case "interval" -> "pg_catalog.interval";
                default -> t.name();
            };
            names.add(n + "[]".repeat(Math.max(0, t.arrayDimensions())));
        }
        return String.join(",", names);
    }

    private static String typeNames(List<Integer> oids) {
        List<String> names = new ArrayList<>();
        for (int oid : oids) {
            names.add(UserFunctionsTypes.name(oid));
        }
        return String.join(", ", names);
    }

    String call(CallProcedure call) {
        ExecContext exec = session.statementContext(new Object[0]);
        UserFunctions.callProcedure(call.call(), analyzerContext, exec);
        return "CALL";
    }

    /** DO: the block runs as a function without arguments named inline_code_block. */
    String doBlock(io.pglitedb.sql.ast.DoBlock block) {
        if (!block.language().equals("plpgsql")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "language \"%s\" does not exist", block.language());
        }
        io.pglitedb.plpgsql.PlFunction function = io.pglitedb.plpgsql.PlFunction.compile(0, "inline_code_block",
                block.code(), List.of(), List.of(), List.of(), List.of(), DataType.of(Types.VOID), false, false);
        function.call(new Object[0], session.statementContext(new Object[0]), analyzerContext);
        return "DO";
    }

    /** Type OIDs of routine signatures as DataTypes and names. */
    private static final class UserFunctionsTypes {
        static DataType of(int oid) {
            return UserFunctions.dataType(oid);
        }

        static String name(int oid) {
            if (oid == UserFunctions.TRIGGER_OID) {
                return "trigger";
            }
            if (oid == UserFunctions.RECORD_OID) {
                return "record";
            }
            DataType t = of(oid);
            return t.type() instanceof io.pglitedb.types.PseudoType ? t.type().name() : Types.formatType(t);
        }
    }

    /**
     * check_valid_polymorphic_signature for the range pseudo-types: a result (or OUT parameter) of
     * type anyrange / anycompatiblerange needs an input of that type, whose type it takes.
     */
    private static void checkRangeResult(List<Integer> argumentTypes, int returnType, List<Integer> outTypes) {
        List<Integer> results = new ArrayList<>(outTypes);
        results.add(returnType);
        io.pglitedb.types.PseudoType[][] families = {
            {io.pglitedb.types.PseudoType.ANYRANGE, io.pglitedb.types.PseudoType.ANYMULTIRANGE},
            {io.pglitedb.types.PseudoType.ANYCOMPATIBLERANGE, io.pglitedb.types.PseudoType.ANYCOMPATIBLEMULTIRANGE}};
        for (io.pglitedb.types.PseudoType[] family : families) {
            for (io.pglitedb.types.PseudoType result : family) {
                if (results.contains(result.oid()) && !argumentTypes.contains(family[0].oid())
                        && !argumentTypes.contains(family[1].oid())) {
                    throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "cannot determine result data type")
                            .withDetail("A result of type " + result.name() + " requires at least one input of type "
                                    + family[0].name() + " or " + family[1].name() + ".");
                }
            }
        }
    }
}
