package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.AggregateDescriptor;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.catalog.system.BuiltinFunctions;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.functions.Functions;
import io.pglitedb.functions.Polymorphism;
import io.pglitedb.functions.ScalarFunction;
import io.pglitedb.routines.SupportCall;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The support functions of user-defined aggregates: found by name and argument types at CREATE
 * AGGREGATE (pg_aggregate.c's lookup_agg_function: user routines first, then pg_catalog's
 * built-ins; arguments must fit without a run-time coercion), and made callable for the argument
 * types of one aggregate call.
 */
public final class AggregateSupportFunctions {
    private AggregateSupportFunctions() {
    }

    /**
     * A support function found at CREATE AGGREGATE.
     *
     * @param result its result type for these inputs (still polymorphic when they are)
     */
    public record Found(AggregateDescriptor.SupportFunction function, DataType result, boolean strict) {
    }

    /**
     * lookup_agg_function: the function {@code name} (maybe schema-qualified) for these input types.
     *
     * @throws PgException 42883 when there is none, 42804 when one needs a run-time coercion
     */
    public static Found lookup(AnalyzerContext context, String name, List<DataType> inputs) {
        List<RoutineDescriptor> candidates = new ArrayList<>();
        for (RoutineDescriptor r : UserFunctions.visible(context, name)) {
            if (r.kind() == 'f' && r.argumentTypes().size() == inputs.size() && !r.returnsSet()) {
                candidates.add(r);
            }
        }
        RoutineDescriptor best = null;
        int bestScore = -1;
        for (RoutineDescriptor r : candidates) {
            int score = score(r, inputs);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        String simple = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
        if (best != null) {
            return found(best, inputs);
        }
        if (name.contains(".") && !name.startsWith("pg_catalog.")) {
            throw doesNotExist(simple, inputs);
        }
        ScalarFunction builtin;
        try {
            builtin = Functions.scalar(simple, inputs);
        } catch (PgException e) {
            if (e.state() == SqlState.UNDEFINED_FUNCTION) {
                throw doesNotExist(simple, inputs);
            }
            throw e;
        }
        List<DataType> trueTypes = builtin.argumentTypes();
        checkBinaryCoercible(simple, inputs, trueTypes);
        List<Integer> oids = new ArrayList<>();
        for (DataType t : trueTypes) {
            oids.add(t.oid());
        }
        long oid = BuiltinFunctions.oidOf(simple, oids);
        return new Found(new AggregateDescriptor.SupportFunction(oid, "pg_catalog", simple, oids, true),
                builtin.resultType(), builtin.strict());
    }

    /** How well routine r takes these inputs: -1 not at all, more for more exact matches. */
    private static int score(RoutineDescriptor r, List<DataType> inputs) {
        int score = 0;
        for (int i = 0; i < inputs.size(); i++) {
            PgType declared = UserFunctions.typeByOid(r.argumentTypes().get(i)).type();
            PgType input = inputs.get(i).type();
            if (declared == input) {
                score += 2;
            } else if (declared instanceof PseudoType d && d.isPolymorphic()) {
                if (input instanceof PseudoType p && p.isPolymorphic() && p.isArray() != d.isArray()) {
                    return -1;
                }
                score += 1;
            } else if (input instanceof PseudoType || !Casts.isImplicitlyCoercible(input, declared)) {
                return -1;
            }
        }
        return score;
    }

    private static Found found(RoutineDescriptor r, List<DataType> inputs) {
        PgType[] declared = new PgType[inputs.size()];
        boolean polymorphicInputs = false;
        for (int i = 0; i < declared.length; i++) {
            declared[i] = UserFunctions.typeByOid(r.argumentTypes().get(i)).type();
            polymorphicInputs |= Polymorphism.isPolymorphic(inputs.get(i).type());
        }
        DataType result = UserFunctions.typeByOid(r.returnType());
        List<DataType> trueTypes = new ArrayList<>();
        if (polymorphicInputs) {
            // the aggregate is polymorphic too: checked again for each call's types
            for (PgType d : declared) {
                trueTypes.add(DataType.of(d));
            }
            for (int i = 0; i < declared.length; i++) {
                if (!Polymorphism.isPolymorphic(declared[i]) && declared[i] != inputs.get(i).type()) {
                    throw runTimeCoercion(r.name(), trueTypes);
                }
            }
        } else {
            Polymorphism.Concrete c = Polymorphism.resolve(r.name(), declared, result.type(), inputs);
            if (c == null) {
                throw doesNotExist(r.name(), inputs);
            }
            trueTypes.addAll(List.of(c.args()));
            result = c.result();
            checkBinaryCoercible(r.name(), inputs, trueTypes);
        }
        return new Found(new AggregateDescriptor.SupportFunction(r.oid(), r.schema(), r.name(), r.argumentTypes(),
                false), result, r.strict());
    }

    private static void checkBinaryCoercible(String name, List<DataType> inputs, List<DataType> trueTypes) {
        for (int i = 0; i < inputs.size(); i++) {
            PgType from = inputs.get(i).type();
            PgType to = trueTypes.get(i).type();
            if (from != to && to != PseudoType.ANY && !(to == Types.TEXT
                    && (from == Types.VARCHAR || from == Types.BPCHAR))) {
                throw runTimeCoercion(name, trueTypes);
            }
        }
    }

    private static PgException runTimeCoercion(String name, List<DataType> types) {
        return new PgException(SqlState.DATATYPE_MISMATCH, "function %s requires run-time type coercion",
                signature(name, types));
    }

    private static PgException doesNotExist(String name, List<DataType> types) {
        return new PgException(SqlState.UNDEFINED_FUNCTION, "function %s does not exist", signature(name, types));
    }

    /** func_signature_string: {@code name(type, type)}. */
    static String signature(String name, List<DataType> types) {
        List<String> names = new ArrayList<>();
        for (DataType t : types) {
            names.add(t.type() instanceof PseudoType ? t.type().name() : Types.formatType(DataType.of(t.type())));
        }
        return name + "(" + String.join(", ", names) + ")";
    }

    /** The support function made callable with these (concrete) argument types. */
    static SupportCall call(AnalyzerContext context, AggregateDescriptor.SupportFunction f, List<DataType> inputs) {
        if (f.builtin()) {
            return SupportCall.builtin(f.oid(), Functions.scalar(f.name(), inputs));
        }
        RoutineDescriptor r = context.catalog().catalog().routines().byOid((int) f.oid());
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s does not exist",
                    signature(f.name(), inputs));
        }
        PgType[] declared = new PgType[inputs.size()];
        for (int i = 0; i < declared.length; i++) {
            declared[i] = UserFunctions.typeByOid(r.argumentTypes().get(i)).type();
        }
        DataType result = UserFunctions.typeByOid(r.returnType());
        List<DataType> args = inputs;
        Polymorphism.Concrete c = Polymorphism.resolve(r.name(), declared, result.type(), inputs);
        if (c != null) {
            args = List.of(c.args());
            result = c.result();
        }
        return SupportCall.routine(r.name(), r.oid(), r.strict(), result, UserFunctions.body(r, args, result, context));
    }
}
