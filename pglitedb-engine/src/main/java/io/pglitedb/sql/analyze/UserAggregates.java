package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.AggregateDescriptor;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.functions.Functions;
import io.pglitedb.functions.Polymorphism;
import io.pglitedb.routines.SupportCall;
import io.pglitedb.routines.UserAggregate;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls of aggregates made by CREATE AGGREGATE (routines of kind 'a' with a pg_aggregate row):
 * whether a call names an aggregate at all (which decides that a query aggregates), and the
 * resolution of a call by its argument types, polymorphic ones included, into a
 * {@link UserAggregate} whose support functions are resolved for those types.
 */
public final class UserAggregates {
    private UserAggregates() {
    }

    /** True when the call names a built-in aggregate or a user-defined one visible here. */
    static boolean isAggregate(FuncCall f, AnalyzerContext context) {
        FuncCall call = f.withoutCatalogSchema();
        if (Functions.isAggregate(call.name(), call.withinGroup())) {
            return true;
        }
        return context != null && !aggregates(context, call.name()).isEmpty();
    }

    private static List<RoutineDescriptor> aggregates(AnalyzerContext context, String name) {
        List<RoutineDescriptor> out = new ArrayList<>();
        for (RoutineDescriptor r : UserFunctions.visible(context, name)) {
            if (r.kind() == 'a') {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The aggregate a call names, user-defined or built-in. A call of a VARIADIC aggregate with its
     * variadic arguments listed has them replaced in {@code args} by one array of them.
     *
     * @throws PgException 42883 when no aggregate of this name takes these arguments
     */
    static AggregateFunction resolve(String name, List<BoundExpr> args, boolean star, AnalyzerContext context) {
        AggregateFunction user = resolveUser(name, args, star, context);
        if (user == null && !star) {
            user = resolveVariadic(name, args, context);
        }
        if (user != null) {
            return user;
        }
        List<DataType> types = new ArrayList<>(args.size());
        for (BoundExpr a : args) {
            types.add(a.type());
        }
        if (!Functions.isAggregate(name) && !aggregates(context, name).isEmpty()) {
            throw Functions.doesNotExist(name, types);
        }
        return Functions.aggregate(name, types, star);
    }

    /**
     * A VARIADIC aggregate called with its variadic arguments listed ({@code least_agg(a, b)}):
     * they become one array of their common type; null when there is no such aggregate.
     */
    private static AggregateFunction resolveVariadic(String name, List<BoundExpr> args, AnalyzerContext context) {
        for (RoutineDescriptor r : aggregates(context, name)) {
            int fixed = r.argumentTypes().size() - 1;
            if (!isVariadic(r) || args.size() <= fixed) {
                continue;
            }
            List<BoundExpr> items = args.subList(fixed, args.size());
            DataType element = Coercions.commonType(items, "VARIADIC", -1);
            if (element.type() == Types.UNKNOWN) {
                element = DataType.of(Types.TEXT);
            }
            io.pglitedb.types.ArrayType arrayType = io.pglitedb.types.ArrayTypes.arrayOf(element.type());
            if (arrayType == null) {
                continue;
            }
            BoundExpr[] elements = new BoundExpr[items.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = Coercions.coerce(items.get(i), element, CastContext.IMPLICIT, context.parameters(), -1);
            }
            List<BoundExpr> packed = new ArrayList<>(args.subList(0, fixed));
            packed.add(new io.pglitedb.exec.expr.ArrayBuild(DataType.of(arrayType), elements, false));
            AggregateFunction f = resolveUser(name, packed, false, context);
            if (f != null) {
                args.clear();
                args.addAll(packed);
                return f;
            }
        }
        return null;
    }

    /** True when the routine's last argument is VARIADIC. */
    private static boolean isVariadic(RoutineDescriptor r) {
        String text = r.argumentsText();
        if (text == null || r.argumentTypes().isEmpty()) {
            return false;
        }
        int last = text.lastIndexOf(", ");
        return text.substring(last < 0 ? 0 : last + 2).startsWith("VARIADIC ");
    }

    /** The user-defined aggregate for these arguments, or null to try the built-in ones. */
    private static AggregateFunction resolveUser(String name, List<BoundExpr> args, boolean star,
            AnalyzerContext context) {
        List<RoutineDescriptor> candidates = aggregates(context, name);
        if (candidates.isEmpty()) {
            return null;
        }
        boolean anyVariadic = false;
        for (RoutineDescriptor r : candidates) {
            anyVariadic |= isVariadic(r);
        }
        List<DataType> actual = new ArrayList<>(args.size());
        for (BoundExpr a : args) {
            actual.add(a.type());
        }
        RoutineDescriptor best = null;
        Polymorphism.Concrete bestTypes = null;
        int bestScore = -1;
        for (RoutineDescriptor r : candidates) {
            AggregateDescriptor a = context.catalog().catalog().aggregates().byOid(r.oid());
            if (a == null || a.kind() != 'n' || r.argumentTypes().size() != args.size()) {
                continue;
            }
            PgType[] declared = new PgType[args.size()];
            int score = 0;
            boolean ok = true;
            for (int i = 0; i < declared.length && ok; i++) {
                declared[i] = UserFunctions.typeByOid(r.argumentTypes().get(i)).type();
                PgType t = actual.get(i).type();
                if (declared[i] instanceof PseudoType || t == declared[i]) {
                    score += t == declared[i] ? 2 : 1;
                } else {
                    ok = t == Types.UNKNOWN || Coercions.tryCoerce(args.get(i), DataType.of(declared[i]),
                            CastContext.IMPLICIT, context.parameters(), -1) != null;
                }
            }
            if (!ok) {
                continue;
            }
            Polymorphism.Concrete concrete = concreteArguments(name, declared, actual);
            if (concrete != null && score > bestScore) {
                best = r;
                bestTypes = concrete;
                bestScore = score;
            }
        }
        if (best == null) {
            for (RoutineDescriptor r : candidates) {
                AggregateDescriptor a = context.catalog().catalog().aggregates().byOid(r.oid());
                if (a != null && a.kind() != 'n' && (r.argumentTypes().size() == args.size() || isVariadic(r))) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                            "WITHIN GROUP is required for ordered-set aggregate %s", name);
                }
            }
            if (Functions.isAggregate(name) || anyVariadic && !star) {
                return null; // the built-in aggregates may take these, or a variadic form, or give the error
            }
            throw Functions.doesNotExist(name, actual);
        }
        if (args.isEmpty() && !star) {
            throw Functions.parameterless(name);
        }
        context.access().function(best.oid(), best.name(), false);
        return build(best, context.catalog().catalog().aggregates().byOid(best.oid()), bestTypes, context);
    }

    /** The built-in ordered-set aggregate each built-in final function implements. */
    private static final java.util.Map<String, String> ORDERED_SET_FINALS = java.util.Map.of(
            "percentile_disc_final", "percentile_disc", "percentile_cont_float8_final", "percentile_cont",
            "percentile_cont_interval_final", "percentile_cont", "mode_final", "mode", "rank_final", "rank",
            "dense_rank_final", "dense_rank", "percent_rank_final", "percent_rank", "cume_dist_final", "cume_dist");

    /**
     * A WITHIN GROUP call of an ordered-set aggregate made by CREATE AGGREGATE over the built-in
     * support functions (ordered_set_transition, percentile_disc_final ...): the same call of the
     * built-in aggregate whose final function it names. Other calls are returned unchanged.
     *
     * @throws PgException 0A000 for an ordered-set aggregate over other support functions
     */
    static FuncCall asBuiltinOrderedSet(FuncCall f, AnalyzerContext context) {
        if (!f.withinGroup() || context == null) {
            return f;
        }
        for (RoutineDescriptor r : aggregates(context, f.name())) {
            AggregateDescriptor a = context.catalog().catalog().aggregates().byOid(r.oid());
            if (a == null || a.kind() == 'n') {
                continue;
            }
            String builtin = a.finalFunction() == null || !a.finalFunction().builtin() ? null
                    : ORDERED_SET_FINALS.get(a.finalFunction().name());
            if (builtin == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "ordered-set aggregates over user-defined support functions are not supported yet")
                        .withPosition(f.position() + 1);
            }
            context.access().function(r.oid(), r.name(), false);
            return new FuncCall(builtin, f.args(), f.star(), f.distinct(), f.variadic(), f.order(), true, f.filter(),
                    f.position());
        }
        return f;
    }

    /** The declared argument types made concrete ("any" takes the argument's type). */
    private static Polymorphism.Concrete concreteArguments(String name, PgType[] declared, List<DataType> actual) {
        Polymorphism.Concrete c = Polymorphism.resolve(name, declared, Types.VOID, actual);
        if (c == null) {
            return null;
        }
        DataType[] args = c.args();
        for (int i = 0; i < args.length; i++) {
            if (declared[i] == PseudoType.ANY) {
                args[i] = actual.get(i).type() == Types.UNKNOWN ? DataType.of(Types.TEXT) : actual.get(i);
            }
        }
        return new Polymorphism.Concrete(args, c.result());
    }

    /** A declared type (maybe polymorphic) made concrete by the call's arguments. */
    private static DataType concrete(String name, int oid, PgType[] declaredArgs, List<DataType> args) {
        PgType declared = UserFunctions.typeByOid(oid).type();
        if (!Polymorphism.isPolymorphic(declared)) {
            return UserFunctions.typeByOid(oid);
        }
        Polymorphism.Concrete c = Polymorphism.resolve(name, declaredArgs, declared, args);
        return c == null ? DataType.of(Types.TEXT) : c.result();
    }

    private static UserAggregate build(RoutineDescriptor r, AggregateDescriptor a, Polymorphism.Concrete types,
            AnalyzerContext context) {
        List<DataType> args = List.of(types.args());
        PgType[] declaredArgs = new PgType[args.size()];
        for (int i = 0; i < declaredArgs.length; i++) {
            declaredArgs[i] = UserFunctions.typeByOid(r.argumentTypes().get(i)).type();
        }
        DataType result = concrete(r.name(), r.returnType(), declaredArgs, args);
        DataType state = concrete(r.name(), a.transitionType(), declaredArgs, args);
        UserAggregate.Implementation plain = implementation(context, state, args, a.transition(), null,
                a.finalFunction(), a.finalExtra(), a.initialValue());
        UserAggregate.Implementation moving = null;
        if (a.hasMovingMode()) {
            DataType movingState = concrete(r.name(), a.movingTransitionType(), declaredArgs, args);
            moving = implementation(context, movingState, args, a.movingTransition(), a.movingInverse(),
                    a.movingFinal(), a.movingFinalExtra(), a.movingInitialValue());
        }
        return new UserAggregate(r.name(), args, result, plain, moving);
    }

    private static UserAggregate.Implementation implementation(AnalyzerContext context, DataType state,
            List<DataType> args, AggregateDescriptor.SupportFunction transition,
            AggregateDescriptor.SupportFunction inverse, AggregateDescriptor.SupportFunction finalFunction,
            boolean finalExtra, String initialValue) {
        List<DataType> transitionArgs = new ArrayList<>();
        transitionArgs.add(state);
        transitionArgs.addAll(args);
        SupportCall finalCall = null;
        if (finalFunction != null) {
            List<DataType> finalArgs = new ArrayList<>();
            finalArgs.add(state);
            if (finalExtra) {
                finalArgs.addAll(args);
            }
            finalCall = AggregateSupportFunctions.call(context, finalFunction, finalArgs);
        }
        return new UserAggregate.Implementation(state, AggregateSupportFunctions.call(context, transition,
                transitionArgs), inverse == null ? null : AggregateSupportFunctions.call(context, inverse,
                        transitionArgs), finalCall, finalExtra, initialValue);
    }

    /** PostgreSQL's error for a call of a user-defined aggregate where aggregates are not allowed. */
    static PgException notAllowed(String where, int position) {
        return new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in %s", where)
                .withPosition(position + 1);
    }
}
