package io.pglitedb.session;

import io.pglitedb.catalog.AggregateDescriptor;
import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.analyze.AggregateSupportFunctions;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.UserFunctions;
import io.pglitedb.sql.ast.CreateAggregate;
import io.pglitedb.sql.ast.DropFunction;
import io.pglitedb.sql.ast.FunctionParameter;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CREATE [OR REPLACE] AGGREGATE and DROP AGGREGATE (aggregatecmds.c's DefineAggregate and
 * pg_aggregate.c's AggregateCreate): the definition clauses are read and checked in PostgreSQL's
 * order, the support functions looked up for the state and argument types, and the aggregate
 * stored as a pg_proc row of kind 'a' plus its pg_aggregate row.
 */
final class AggregateCommands {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;
    private final AnalyzerContext analyzerContext;

    AggregateCommands(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView,
            ResultSink sink, AnalyzerContext analyzerContext) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
        this.analyzerContext = analyzerContext;
    }

    /** The definition clauses of one CREATE AGGREGATE, as DefineAggregate reads them. */
    private static final class Definition {
        String transition;
        String finalFunction;
        String combine;
        String serial;
        String deserial;
        String movingTransition;
        String movingInverse;
        String movingFinal;
        boolean finalExtra;
        boolean movingFinalExtra;
        char finalModify;
        char movingFinalModify;
        TypeName baseType;
        boolean hypothetical;
        TypeName stateType;
        int stateSpace;
        TypeName movingStateType;
        int movingStateSpace;
        String initialValue;
        String movingInitialValue;
        String parallel;
    }

    String create(CreateAggregate create) {
        Definition d = read(create.definition());
        boolean ordered = create.directArguments() != null;
        if (d.hypothetical && !ordered) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                    "only ordered-set aggregates can be hypothetical");
        }
        char kind = !ordered ? 'n' : d.hypothetical ? 'h' : 'o';
        if (d.stateType == null) {
            throw definitionError("aggregate stype must be specified");
        }
        if (d.transition == null) {
            throw definitionError("aggregate sfunc must be specified");
        }
        checkMovingClauses(d);
        if (d.finalModify == 0) {
            d.finalModify = kind == 'n' ? 'r' : 'w';
        }
        if (d.movingFinalModify == 0) {
            d.movingFinalModify = kind == 'n' ? 'r' : 'w';
        }
        List<Integer> argumentTypes = new ArrayList<>();
        List<String> argumentNames = new ArrayList<>();
        List<String> argumentsText = new ArrayList<>();
        int directArguments = 0;
        if (create.oldStyle()) {
            if (d.baseType == null) {
                throw definitionError("aggregate input type must be specified");
            }
            if (!d.baseType.name().equalsIgnoreCase("any")) {
                argumentTypes.add(UserFunctions.typeOid(d.baseType));
                argumentNames.add("");
                argumentsText.add(typeText(d.baseType));
            }
        } else {
            if (d.baseType != null) {
                throw definitionError("basetype is redundant with aggregate input type specification");
            }
            List<FunctionParameter> all = new ArrayList<>();
            if (ordered) {
                all.addAll(create.directArguments());
                directArguments = create.directArguments().size();
            }
            all.addAll(create.arguments());
            for (FunctionParameter p : all) {
                argumentTypes.add(UserFunctions.typeOid(p.type()));
                argumentNames.add(p.name() == null ? "" : p.name());
                argumentsText.add(parameterText(p));
            }
        }
        DataType state = stateType(d.stateType);
        if (d.serial != null && d.deserial != null) {
            if (state.type() != PseudoType.INTERNAL) {
                throw definitionError("serialization functions may be specified only when the aggregate transition "
                        + "data type is internal");
            }
        } else if (d.serial != null || d.deserial != null) {
            throw definitionError("must specify both or neither of serialization and deserialization functions");
        }
        DataType movingState = d.movingStateType == null ? null : stateType(d.movingStateType);
        checkInitialValue(state, d.initialValue);
        checkInitialValue(movingState, d.movingInitialValue);
        char parallel = parallel(d.parallel);

        List<DataType> args = new ArrayList<>();
        boolean polymorphicArgument = false;
        for (int oid : argumentTypes) {
            DataType t = UserFunctions.dataType(oid);
            args.add(t);
            polymorphicArgument |= isPolymorphic(t);
        }
        if (isPolymorphic(state) && !polymorphicArgument
                || movingState != null && isPolymorphic(movingState) && !polymorphicArgument) {
            throw definitionError("cannot determine transition data type").withDetail(
                    "An aggregate using a polymorphic transition type must have at least one polymorphic argument.");
        }
        List<DataType> aggregated = !ordered ? args : directArguments < args.size()
                ? args.subList(directArguments, args.size()) : args.subList(args.size() - 1, args.size());
        AggregateSupportFunctions.Found transition = transition(d.transition, state, aggregated, d.initialValue, args);
        AggregateSupportFunctions.Found movingTransition = null;
        AggregateSupportFunctions.Found movingInverse = null;
        if (d.movingTransition != null) {
            movingTransition = transition(d.movingTransition, movingState, aggregated, d.movingInitialValue, args);
            movingInverse = AggregateSupportFunctions.lookup(analyzerContext, d.movingInverse,
                    prepend(movingState, aggregated));
            if (movingInverse.result().type() != movingState.type()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "return type of inverse transition function %s is not %s", d.movingInverse,
                        typeName(movingState.type()));
            }
            if (movingInverse.strict() != movingTransition.strict()) {
                throw definitionError("strictness of aggregate's forward and inverse transition functions must match");
            }
        }
        AggregateSupportFunctions.Found finalFunction = null;
        DataType result = state;
        if (d.finalFunction != null) {
            finalFunction = finalFunction(d.finalFunction, state, args, d.finalExtra, directArguments);
            result = finalFunction.result();
        }
        AggregateSupportFunctions.Found combine = null;
        if (d.combine != null) {
            combine = AggregateSupportFunctions.lookup(analyzerContext, d.combine, List.of(state, state));
            if (combine.result().type() != state.type()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "return type of combine function %s is not %s",
                        d.combine, typeName(state.type()));
            }
            if (state.type() == PseudoType.INTERNAL && combine.strict()) {
                throw definitionError("combine function with transition type internal must not be declared STRICT");
            }
        }
        AggregateSupportFunctions.Found serial = null;
        AggregateSupportFunctions.Found deserial = null;
        if (d.serial != null) {
            serial = AggregateSupportFunctions.lookup(analyzerContext, d.serial, List.of(DataType.of(PseudoType.INTERNAL)));
            if (serial.result().type() != Types.BYTEA) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "return type of serialization function %s is not bytea",
                        d.serial);
            }
        }
        if (d.deserial != null) {
            deserial = AggregateSupportFunctions.lookup(analyzerContext, d.deserial,
                    List.of(DataType.of(Types.BYTEA), DataType.of(PseudoType.INTERNAL)));
            if (deserial.result().type() != PseudoType.INTERNAL) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "return type of deserialization function %s is not internal", d.deserial);
            }
        }
        if (isPolymorphic(result) && !polymorphicArgument) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot determine result data type").withDetail(
                    "An aggregate returning a polymorphic type must have at least one polymorphic argument.");
        }
        if (result.type() == PseudoType.INTERNAL && !argumentTypes.contains(PseudoType.INTERNAL.oid())) {
            throw definitionError("unsafe use of pseudo-type \"internal\"")
                    .withDetail("A function returning \"internal\" must have at least one \"internal\" argument.");
        }
        AggregateSupportFunctions.Found movingFinal = null;
        if (movingState != null) {
            DataType movingResult = movingState;
            if (d.movingFinal != null) {
                movingFinal = finalFunction(d.movingFinal, movingState, args, d.movingFinalExtra, directArguments);
                movingResult = movingFinal.result();
            }
            if (movingResult.type() != result.type()) {
                throw definitionError("moving-aggregate implementation returns type %s, but plain implementation "
                        + "returns type %s", typeName(movingState.type()), typeName(state.type()));
            }
        }

        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        Ownership ownership = new Ownership(session, catalog, transaction, catalogView);
        ownership.checkCreateIn(create.name(), false);
        RoutineDescriptor existing = null;
        for (RoutineDescriptor r : catalog.routines().named(name)) {
            if (r.schema().equals(schema) && r.argumentTypes().equals(argumentTypes)) {
                existing = r;
            }
        }
        int resultOid = result.type().oid();
        if (existing != null) {
            if (!create.orReplace()) {
                throw new PgException(SqlState.DUPLICATE_FUNCTION,
                        "function \"%s\" already exists with same argument types", name);
            }
            ownership.checkRoutineOwner(existing);
            if (existing.kind() != 'a') {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change routine kind")
                        .withDetail("\"" + name + "\" is " + (existing.kind() == 'p' ? "a procedure." : "a function."));
            }
            if (existing.returnType() != resultOid) {
                throw definitionError("cannot change return type of existing function")
                        .withHint("Use DROP AGGREGATE " + name + "(" + RoutineCommands.argumentList(existing)
                                + ") first.");
            }
            AggregateDescriptor old = catalog.aggregates().byOid(existing.oid());
            if (old != null && old.kind() != kind) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change routine kind").withDetail("\"" + name
                        + "\" is " + switch (old.kind()) {
                            case 'o' -> "an ordered-set aggregate.";
                            case 'h' -> "a hypothetical-set aggregate.";
                            default -> "an ordinary aggregate function.";
                        });
            }
            if (old != null && old.directArguments() != directArguments) {
                throw definitionError("cannot change number of direct args of an aggregate function");
            }
        }
        int oid = existing != null ? existing.oid() : catalog.allocateOid();
        String text = String.join(", ", argumentsText);
        if (ordered) {
            // pg_get_function_arguments of an ordered-set aggregate: direct ORDER BY aggregated
            List<FunctionParameter> aggregatedParameters = create.arguments().isEmpty()
                    ? List.of(create.directArguments().get(create.directArguments().size() - 1)) : create.arguments();
            List<String> direct = argumentsText.subList(0, directArguments);
            List<String> rest = new ArrayList<>();
            for (FunctionParameter p : aggregatedParameters) {
                rest.add(parameterText(p));
            }
            text = (direct.isEmpty() ? "" : String.join(", ", direct) + " ") + "ORDER BY " + String.join(", ", rest);
        }
        RoutineDescriptor routine = new RoutineDescriptor(oid, schema, name, 'a', argumentTypes, argumentNames,
                List.of(), resultOid, false, List.of(), List.of(), "internal", "aggregate_dummy", 'i', false, false,
                parallel, 1, 0, existing != null ? existing.owner() : session.currentRoleOid(catalogView), text);
        AggregateDescriptor aggregate = new AggregateDescriptor(oid, kind, directArguments, function(transition),
                function(finalFunction), function(combine), function(serial), function(deserial), function(movingTransition),
                function(movingInverse), function(movingFinal), d.finalExtra, d.movingFinalExtra, d.finalModify,
                d.movingFinalModify, state.type().oid(), d.stateSpace, movingState == null ? 0 : movingState.type().oid(),
                d.movingStateSpace, d.initialValue, d.movingInitialValue);
        catalogView.writeRoutine(transaction, routine);
        catalogView.writeAggregate(transaction, aggregate);
        if (existing == null) {
            ownership.createdRoutine(routine);
        }
        return "CREATE AGGREGATE";
    }

    private static AggregateDescriptor.SupportFunction function(AggregateSupportFunctions.Found found) {
        return found == null ? null : found.function();
    }

    /** DefineAggregate's loop over the clauses; unknown names are a WARNING, as in PostgreSQL. */
    private Definition read(List<CreateAggregate.Definition> clauses) {
        Definition d = new Definition();
        for (CreateAggregate.Definition c : clauses) {
            switch (c.name()) {
                case "sfunc", "sfunc1" -> d.transition = name(c);
                case "finalfunc" -> d.finalFunction = name(c);
                case "combinefunc" -> d.combine = name(c);
                case "serialfunc" -> d.serial = name(c);
                case "deserialfunc" -> d.deserial = name(c);
                case "msfunc" -> d.movingTransition = name(c);
                case "minvfunc" -> d.movingInverse = name(c);
                case "mfinalfunc" -> d.movingFinal = name(c);
                case "finalfunc_extra" -> d.finalExtra = bool(c);
                case "mfinalfunc_extra" -> d.movingFinalExtra = bool(c);
                case "finalfunc_modify" -> d.finalModify = modify(c);
                case "mfinalfunc_modify" -> d.movingFinalModify = modify(c);
                case "sortop" -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "aggregate sort operators are not supported yet");
                case "basetype" -> d.baseType = type(c);
                case "hypothetical" -> d.hypothetical = bool(c);
                case "stype", "stype1" -> d.stateType = type(c);
                case "sspace" -> d.stateSpace = integer(c);
                case "mstype" -> d.movingStateType = type(c);
                case "msspace" -> d.movingStateSpace = integer(c);
                case "initcond", "initcond1" -> d.initialValue = string(c);
                case "minitcond" -> d.movingInitialValue = string(c);
                case "parallel" -> d.parallel = string(c);
                default -> sink.notice(new PgException(SqlState.SYNTAX_ERROR, "aggregate attribute \"%s\" not recognized",
                        c.name()).withSeverity("WARNING"));
            }
        }
        return d;
    }

    private static void checkMovingClauses(Definition d) {
        if (d.movingStateType != null) {
            if (d.movingTransition == null) {
                throw definitionError("aggregate msfunc must be specified when mstype is specified");
            }
            if (d.movingInverse == null) {
                throw definitionError("aggregate minvfunc must be specified when mstype is specified");
            }
            return;
        }
        if (d.movingTransition != null) {
            throw definitionError("aggregate msfunc must not be specified without mstype");
        }
        if (d.movingInverse != null) {
            throw definitionError("aggregate minvfunc must not be specified without mstype");
        }
        if (d.movingFinal != null) {
            throw definitionError("aggregate mfinalfunc must not be specified without mstype");
        }
        if (d.movingStateSpace != 0) {
            throw definitionError("aggregate msspace must not be specified without mstype");
        }
        if (d.movingInitialValue != null) {
            throw definitionError("aggregate minitcond must not be specified without mstype");
        }
    }

    /** A transition function: takes the state and the aggregated arguments and returns the state. */
    private AggregateSupportFunctions.Found transition(String name, DataType state, List<DataType> aggregated,
            String initialValue, List<DataType> allArguments) {
        AggregateSupportFunctions.Found f = AggregateSupportFunctions.lookup(analyzerContext, name,
                prepend(state, aggregated));
        if (f.result().type() != state.type()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "return type of transition function %s is not %s", name,
                    typeName(state.type()));
        }
        if (f.strict() && initialValue == null
                && (allArguments.isEmpty() || allArguments.get(0).type() != state.type())) {
            throw definitionError("must not omit initial value when transition function is strict and transition "
                    + "type is not compatible with input type");
        }
        return f;
    }

    private AggregateSupportFunctions.Found finalFunction(String name, DataType state, List<DataType> args,
            boolean extra, int directArguments) {
        List<DataType> inputs = new ArrayList<>();
        inputs.add(state);
        inputs.addAll(extra ? args : args.subList(0, directArguments));
        AggregateSupportFunctions.Found f = AggregateSupportFunctions.lookup(analyzerContext, name, inputs);
        if (extra && f.strict()) {
            throw definitionError("final function with extra arguments must not be declared STRICT");
        }
        return f;
    }

    private static List<DataType> prepend(DataType first, List<DataType> rest) {
        List<DataType> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** The state type: a real type or a polymorphic one, not another pseudo-type. */
    private static DataType stateType(TypeName name) {
        DataType t = UserFunctions.resolveType(name);
        if (t.type() instanceof PseudoType p && !p.isPolymorphic() && p != PseudoType.INTERNAL) {
            throw definitionError("aggregate transition data type cannot be %s", p.name());
        }
        return t;
    }

    /** INITCOND must be acceptable to the state type's input function (checked at CREATE, read at each use). */
    private static void checkInitialValue(DataType state, String value) {
        if (value != null && state != null && !(state.type() instanceof PseudoType)) {
            state.type().fromText(value, state.typmod());
        }
    }

    private static char parallel(String value) {
        if (value == null) {
            return 'u';
        }
        return switch (value) {
            case "safe" -> 's';
            case "restricted" -> 'r';
            case "unsafe" -> 'u';
            default -> throw new PgException(SqlState.SYNTAX_ERROR,
                    "parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE");
        };
    }

    private static boolean isPolymorphic(DataType t) {
        return t.type() instanceof PseudoType p && p.isPolymorphic();
    }

    private static String parameterText(FunctionParameter p) {
        return (p.mode().equals("v") ? "VARIADIC " : "") + (p.name() == null ? "" : p.name() + " ") + typeText(p.type());
    }

    private static String typeText(TypeName t) {
        try {
            DataType d = UserFunctions.resolveType(t);
            if (d.type() == PseudoType.ANY) {
                return "\"any\"";
            }
            return d.type() instanceof PseudoType ? d.type().name() : Types.formatType(d);
        } catch (PgException e) {
            return t.name();
        }
    }

    // ---------------------------------------------------------------- clause values (defGetX)

    private static String name(CreateAggregate.Definition c) {
        if (c.text() == null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "%s requires a parameter", c.name());
        }
        return c.text();
    }

    private static String string(CreateAggregate.Definition c) {
        return name(c);
    }

    private static TypeName type(CreateAggregate.Definition c) {
        if (c.type() != null) {
            return c.type();
        }
        return new TypeName(name(c), List.of(), 0, c.position());
    }

    private static int integer(CreateAggregate.Definition c) {
        try {
            return Integer.parseInt(name(c));
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.SYNTAX_ERROR, "%s requires an integer value", c.name());
        }
    }

    private static boolean bool(CreateAggregate.Definition c) {
        if (c.text() == null) {
            return true;
        }
        return switch (c.text().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "%s requires a Boolean value", c.name());
        };
    }

    private static char modify(CreateAggregate.Definition c) {
        return switch (name(c)) {
            case "read_only" -> 'r';
            case "shareable" -> 's';
            case "read_write" -> 'w';
            default -> throw new PgException(SqlState.SYNTAX_ERROR,
                    "parameter \"%s\" must be READ_ONLY, SHAREABLE, or READ_WRITE", c.name());
        };
    }

    private static PgException definitionError(String message, Object... args) {
        return new PgException(SqlState.INVALID_FUNCTION_DEFINITION, message, args);
    }

    // ---------------------------------------------------------------- DROP AGGREGATE

    String drop(DropFunction drop) {
        List<RoutineDescriptor> doomed = new ArrayList<>();
        for (DropFunction.Item item : drop.functions()) {
            RoutineDescriptor match = find(item, drop.ifExists());
            if (match == null) {
                continue;
            }
            new Ownership(session, catalog, transaction, catalogView).checkRoutineOwner(match);
            doomed.add(match);
        }
        for (RoutineDescriptor r : doomed) {
            dropAggregate(r);
        }
        return "DROP AGGREGATE";
    }

    /**
     * LookupAggWithArgs: the aggregate an aggregate signature names.
     *
     * @return null when there is none and {@code missingOk} (after the NOTICE)
     * @throws PgException 42883 when there is none, 42809 when it names a plain function
     */
    private RoutineDescriptor find(DropFunction.Item item, boolean missingOk) {
        List<Integer> types = new ArrayList<>();
        for (TypeName t : item.argumentTypes()) {
            types.add(UserFunctions.typeOid(t));
        }
        RoutineDescriptor match = null;
        for (RoutineDescriptor r : catalog.routines().named(item.name().name())) {
            boolean schemaOk = item.name().schema() != null ? r.schema().equals(item.name().schema())
                    : session.searchPath().lookupOrder(catalogView).contains(r.schema());
            if (schemaOk && r.argumentTypes().equals(types) && (match == null || r.kind() == 'a')) {
                match = r;
            }
        }
        String display = (item.name().schema() == null ? "" : item.name().schema() + ".") + item.name().name();
        if (match == null) {
            if (missingOk) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "aggregate %s(%s) does not exist, skipping",
                        display, types.isEmpty() ? "*" : RoutineCommands.writtenTypes(item.argumentTypes()))
                        .withSeverity("NOTICE"));
                return null;
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "aggregate %s(%s) does not exist", display,
                    types.isEmpty() ? "*" : typeNames(types));
        }
        if (match.kind() != 'a') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "function %s(%s) is not an aggregate", display,
                    typeNames(types));
        }
        return match;
    }

    /**
     * COMMENT ON AGGREGATE: the aggregate must exist and be the user's. The comment itself is not
     * kept: this engine has no pg_description rows for routines yet.
     */
    String comment(io.pglitedb.sql.ast.CommentOnAggregate comment) {
        RoutineDescriptor r = find(comment.aggregate(), false);
        new Ownership(session, catalog, transaction, catalogView).checkRoutineOwner(r);
        return "COMMENT";
    }

    /** ALTER AGGREGATE ... RENAME TO: the name must be free for these argument types in the schema. */
    String rename(io.pglitedb.sql.ast.RenameAggregate rename) {
        RoutineDescriptor r = find(rename.aggregate(), false);
        new Ownership(session, catalog, transaction, catalogView).checkRoutineOwner(r);
        for (RoutineDescriptor other : catalog.routines().named(rename.newName())) {
            if (other.schema().equals(r.schema()) && other.argumentTypes().equals(r.argumentTypes())) {
                throw new PgException(SqlState.DUPLICATE_FUNCTION, "function %s(%s) already exists in schema \"%s\"",
                        rename.newName(), typeNames(r.argumentTypes()), r.schema());
            }
        }
        catalogView.writeRoutine(transaction, new RoutineDescriptor(r.oid(), r.schema(), rename.newName(), r.kind(),
                r.argumentTypes(), r.argumentNames(), r.defaults(), r.returnType(), r.returnsSet(), r.outNames(),
                r.outTypes(), r.language(), r.body(), r.volatility(), r.strict(), r.securityDefiner(), r.parallel(),
                r.cost(), r.rows(), r.owner(), r.argumentsText(), r.parameters()));
        return "ALTER AGGREGATE";
    }

    /** Removes an aggregate's pg_proc and pg_aggregate rows (DROP AGGREGATE, or a cascade from its function). */
    void dropAggregate(RoutineDescriptor r) {
        catalogView.deleteRoutine(transaction, r);
        catalogView.deleteAggregate(transaction, r.oid());
        new Ownership(session, catalog, transaction, catalogView).droppedRoutine(r.oid());
    }

    /** The aggregates that use user routine {@code oid} as a support function (its dependents). */
    List<RoutineDescriptor> dependents(int oid) {
        List<RoutineDescriptor> out = new ArrayList<>();
        for (AggregateDescriptor a : catalog.aggregates().all()) {
            for (AggregateDescriptor.SupportFunction f : a.supportFunctions()) {
                if (!f.builtin() && f.oid() == oid) {
                    RoutineDescriptor r = catalog.routines().byOid(a.oid());
                    if (r != null && !out.contains(r)) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private static String typeNames(List<Integer> oids) {
        List<String> names = new ArrayList<>();
        for (int oid : oids) {
            DataType t = UserFunctions.dataType(oid);
            names.add(t.type() instanceof PseudoType ? t.type().name() : Types.formatType(t));
        }
        return String.join(", ", names);
    }

    /** For messages: the pg_catalog spelling of a type ("integer"). */
    static String typeName(PgType t) {
        return t instanceof PseudoType ? t.name() : Types.formatType(DataType.of(t));
    }
}
