package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.Cast;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.OverloadResolution;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks up built-in functions and aggregates by name and argument types, PostgreSQL-style.
 *
 * <p>Resolution is {@link OverloadResolution} over the signatures in {@link Scalars} and the
 * aggregate table below; then, as func_get_detail does, a one-argument call named after a type
 * ({@code int4('5')}, {@code text(5)}) becomes an explicit cast. concat and concat_ws take any
 * arguments (VARIADIC "any") and print them with each type's output function.
 */
public final class Functions {
    private Functions() {
    }

    private static final Set<String> AGGREGATES =
            Set.of("count", "sum", "avg", "min", "max", "bool_and", "bool_or", "every", "string_agg", "array_agg",
                    "bit_and", "bit_or", "bit_xor", "range_intersect_agg", "range_agg");

    private static final Map<String, List<Aggregates.Signature>> AGGREGATE_SIGNATURES = new HashMap<>();

    private static void aggregate(String name, PgType arg, PgType result,
            java.util.function.Supplier<AggregateFunction.Accumulator> factory) {
        AGGREGATE_SIGNATURES.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Aggregates.Signature(name, arg == null ? new PgType[0] : new PgType[] {arg}, result, factory));
    }

    static {
        aggregate("sum", Types.INT2, Types.INT8, () -> new Aggregates.IntegerSum(false, false));
        aggregate("sum", Types.INT4, Types.INT8, () -> new Aggregates.IntegerSum(false, false));
        aggregate("sum", Types.INT8, Types.NUMERIC, () -> new Aggregates.IntegerSum(false, true));
        aggregate("sum", Types.NUMERIC, Types.NUMERIC, () -> new Aggregates.NumericSum(false));
        aggregate("sum", Types.FLOAT4, Types.FLOAT4, () -> new Aggregates.DoubleSum(false, true));
        aggregate("sum", Types.FLOAT8, Types.FLOAT8, () -> new Aggregates.DoubleSum(false, false));
        aggregate("avg", Types.INT2, Types.NUMERIC, () -> new Aggregates.IntegerSum(true, true));
        aggregate("avg", Types.INT4, Types.NUMERIC, () -> new Aggregates.IntegerSum(true, true));
        aggregate("avg", Types.INT8, Types.NUMERIC, () -> new Aggregates.IntegerSum(true, true));
        aggregate("avg", Types.NUMERIC, Types.NUMERIC, () -> new Aggregates.NumericSum(true));
        aggregate("avg", Types.FLOAT4, Types.FLOAT8, () -> new Aggregates.DoubleSum(true, true));
        aggregate("avg", Types.FLOAT8, Types.FLOAT8, () -> new Aggregates.DoubleSum(true, false));
        // sum(interval), avg(interval), money ...: make sum('1') ambiguous as on PostgreSQL
        aggregate("sum", PseudoType.OTHER, PseudoType.OTHER, null);
        aggregate("avg", PseudoType.OTHER, PseudoType.OTHER, null);
        PgType[] ordered = {Types.INT2, Types.INT4, Types.INT8, Types.FLOAT4, Types.FLOAT8, Types.NUMERIC, Types.TEXT,
            Types.BPCHAR, Types.OID, Types.DATE, Types.TIMESTAMP, Types.TIMESTAMPTZ};
        for (PgType t : ordered) {
            aggregate("min", t, t, () -> new Aggregates.MinMax(t, false));
            aggregate("max", t, t, () -> new Aggregates.MinMax(t, true));
        }
        for (PgType t : new PgType[] {Types.INTERVAL, Types.TIME, Types.TIMETZ, Types.TID}) {
            aggregate("min", t, t, () -> new Aggregates.MinMax(t, false));
            aggregate("max", t, t, () -> new Aggregates.MinMax(t, true));
        }
        aggregate("sum", Types.INTERVAL, Types.INTERVAL, () -> new IntervalSum(false));
        aggregate("avg", Types.INTERVAL, Types.INTERVAL, () -> new IntervalSum(true));
        aggregate("min", PseudoType.OTHER, PseudoType.OTHER, null);
        aggregate("max", PseudoType.OTHER, PseudoType.OTHER, null);
        aggregate("bool_and", Types.BOOL, Types.BOOL, () -> new Aggregates.BoolAggregate(true));
        aggregate("every", Types.BOOL, Types.BOOL, () -> new Aggregates.BoolAggregate(true));
        aggregate("bool_or", Types.BOOL, Types.BOOL, () -> new Aggregates.BoolAggregate(false));
        for (PgType t : new PgType[] {Types.INT2, Types.INT4, Types.INT8, Types.BIT}) {
            aggregate("bit_and", t, t, () -> new Aggregates.BitwiseAggregate(t, "&"));
            aggregate("bit_or", t, t, () -> new Aggregates.BitwiseAggregate(t, "|"));
            aggregate("bit_xor", t, t, () -> new Aggregates.BitwiseAggregate(t, "#"));
        }
        StatisticalAggregates.register((name, signature) ->
                AGGREGATE_SIGNATURES.computeIfAbsent(name, k -> new ArrayList<>()).add(signature));
    }

    /** True when a built-in function or aggregate of this name exists (for pg_proc). */
    public static boolean exists(String name) {
        return Scalars.BY_NAME.containsKey(name) || AGGREGATE_SIGNATURES.containsKey(name) || AGGREGATES.contains(name);
    }

    public static boolean isAggregate(String name) {
        return AGGREGATES.contains(name) || JsonAggregates.NAMES.contains(name)
                || OrderedSetAggregates.ORDERED.contains(name) || AGGREGATE_SIGNATURES.containsKey(name);
    }

    /** An aggregate call: a plain aggregate, or rank() &amp; co. as hypothetical-set aggregates (WITHIN GROUP). */
    public static boolean isAggregate(String name, boolean withinGroup) {
        return isAggregate(name) || withinGroup && OrderedSetAggregates.HYPOTHETICAL.contains(name);
    }

    /**
     * @param star true for count(*)
     * @throws io.pglitedb.error.PgException 42883 {@code function sum(text) does not exist}
     */
    public static AggregateFunction aggregate(String name, List<DataType> argumentTypes, boolean star) {
        if (name.equals("count")) {
            if (star) {
                return Aggregates.resolved(new Aggregates.Signature("count", new PgType[0], Types.INT8,
                        () -> new Aggregates.Count(true)), List.of());
            }
            if (argumentTypes.isEmpty()) {
                throw parameterless("count");
            }
            if (argumentTypes.size() == 1) {
                PgType t = argumentTypes.get(0).type();
                DataType arg = t == Types.UNKNOWN ? DataType.of(Types.TEXT) : argumentTypes.get(0);
                return Aggregates.resolved(new Aggregates.Signature("count", new PgType[] {PseudoType.ANY}, Types.INT8,
                        () -> new Aggregates.Count(false)), List.of(arg));
            }
            throw doesNotExist(name, argumentTypes);
        }
        if (star) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "%s(*) specified, but %s is not an aggregate function",
                    name, name);
        }
        if (JsonAggregates.NAMES.contains(name)) {
            return JsonAggregates.resolve(name, argumentTypes);
        }
        if (name.equals("string_agg") && argumentTypes.size() == 2) {
            PgType[] inputs = types(argumentTypes);
            List<PgType[]> candidates = List.<PgType[]>of(new PgType[] {Types.TEXT, Types.TEXT},
                    new PgType[] {Types.BYTEA, Types.BYTEA});
            int c = OverloadResolution.select(candidates, inputs);
            if (c < 0) {
                throw doesNotExist(name, argumentTypes);
            }
            PgType type = candidates.get(c)[0];
            return Aggregates.resolved(new Aggregates.Signature(name, candidates.get(c), type,
                    type == Types.BYTEA ? Aggregates.ByteaAggregate::new : Aggregates.StringAggregate::new),
                    List.of(DataType.of(type), DataType.of(type)));
        }
        if (name.equals("range_intersect_agg") && argumentTypes.size() == 1
                && argumentTypes.get(0).type() instanceof io.pglitedb.types.range.RangeType range) {
            return Aggregates.resolved(new Aggregates.Signature(name, new PgType[] {range}, range,
                    () -> new Aggregates.RangeIntersection(range)), List.of(argumentTypes.get(0)));
        }
        if ((name.equals("range_agg") || name.equals("range_intersect_agg")) && argumentTypes.size() == 1
                && argumentTypes.get(0).type() instanceof io.pglitedb.types.range.MultirangeType multirange) {
            return Aggregates.resolved(new Aggregates.Signature(name, new PgType[] {multirange}, multirange,
                    () -> new Aggregates.MultirangeFold(multirange, name.equals("range_agg"))),
                    List.of(argumentTypes.get(0)));
        }
        if (name.equals("range_agg") && argumentTypes.size() == 1
                && argumentTypes.get(0).type() instanceof io.pglitedb.types.range.RangeType range
                && range.multirange() != null) {
            return Aggregates.resolved(new Aggregates.Signature(name, new PgType[] {range}, range.multirange(),
                    () -> new Aggregates.RangeUnion(range.multirange())), List.of(argumentTypes.get(0)));
        }
        if (name.equals("array_agg") && argumentTypes.size() == 1) {
            return ArrayAggregate.resolve(argumentTypes.get(0));
        }
        if ((name.equals("min") || name.equals("max")) && argumentTypes.size() == 1
                && (argumentTypes.get(0).type() instanceof io.pglitedb.types.ArrayType
                        || argumentTypes.get(0).type() instanceof io.pglitedb.types.EnumType)) {
            PgType t = argumentTypes.get(0).type(); // min(anyarray), min(anyenum)
            return Aggregates.resolved(new Aggregates.Signature(name, new PgType[] {t}, t,
                    () -> new Aggregates.MinMax(t, name.equals("max"))), List.of(argumentTypes.get(0)));
        }
        List<Aggregates.Signature> signatures = AGGREGATE_SIGNATURES.get(name);
        if (signatures == null) {
            throw doesNotExist(name, argumentTypes);
        }
        List<PgType[]> candidates = new ArrayList<>();
        for (Aggregates.Signature s : signatures) {
            candidates.add(s.args());
        }
        int c = OverloadResolution.select(candidates, types(argumentTypes));
        if (c == OverloadResolution.NONE) {
            throw doesNotExist(name, argumentTypes);
        }
        if (c == OverloadResolution.AMBIGUOUS) {
            throw notUnique(name, argumentTypes);
        }
        Aggregates.Signature s = signatures.get(c);
        return Aggregates.resolved(s, dataTypes(s.args()));
    }

    /** An aggregate without arguments called as {@code agg()} rather than {@code agg(*)}. */
    public static PgException parameterless(String name) {
        return new PgException(SqlState.WRONG_OBJECT_TYPE,
                "%s(*) must be used to call a parameterless aggregate function", name);
    }

    /**
     * A call whose last argument is {@code VARIADIC array}: for now the json builders and
     * extract_path functions; anything else does not exist with that signature.
     */
    public static ScalarFunction scalarVariadic(String name, List<DataType> argumentTypes) {
        ScalarFunction f = JsonFunctions.resolveVariadic(name, argumentTypes);
        if (f == null) {
            throw doesNotExist(name, argumentTypes);
        }
        return f;
    }

    public static ScalarFunction scalar(String name, List<DataType> argumentTypes) {
        PgType[] inputs = types(argumentTypes);
        if (name.equals("concat") || name.equals("concat_ws")) {
            return Concat.resolve(name, argumentTypes);
        }
        if (ArrayFunctions.handles(name)) {
            return ArrayFunctions.resolve(name, argumentTypes);
        }
        ScalarFunction range = RangeFunctions.resolve(name, argumentTypes);
        if (range != null) {
            return range;
        }
        if (name.equals("format")) {
            return TextFunctions.resolveFormat(argumentTypes);
        }
        if (JsonFunctions.VARIADIC.contains(name)) {
            return JsonFunctions.resolve(name, argumentTypes);
        }
        List<Scalars.Signature> signatures = Scalars.BY_NAME.get(name);
        int c = OverloadResolution.NONE;
        if (signatures != null) {
            List<PgType[]> candidates = new ArrayList<>(signatures.size());
            for (Scalars.Signature s : signatures) {
                candidates.add(s.args());
            }
            c = OverloadResolution.select(candidates, inputs);
        }
        if (c >= 0 && signatures.get(c).args().length == inputs.length && exact(signatures.get(c).args(), inputs)) {
            return resolved(signatures.get(c));
        }
        ScalarFunction cast = functionStyleCast(name, argumentTypes);
        if (cast != null) {
            return cast;
        }
        if (c == OverloadResolution.NONE) {
            throw doesNotExist(name, argumentTypes);
        }
        if (c == OverloadResolution.AMBIGUOUS) {
            throw notUnique(name, argumentTypes);
        }
        return resolved(signatures.get(c));
    }

    private static boolean exact(PgType[] args, PgType[] inputs) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] != inputs[i]) {
                return false;
            }
        }
        return true;
    }

    private record ResolvedScalar(String name, List<DataType> argumentTypes, DataType resultType, boolean strict,
            Scalars.Body body) implements ScalarFunction {
        @Override
        public Object apply(Object[] args) {
            return body.apply(args);
        }
    }

    private static ScalarFunction resolved(Scalars.Signature s) {
        return new ResolvedScalar(s.name(), dataTypes(s.args()), DataType.of(s.result()), s.strict(), s.body());
    }

    /** typename(x) as in func_get_detail: int4('5'), text(5), float8(2). */
    private static ScalarFunction functionStyleCast(String name, List<DataType> argumentTypes) {
        if (argumentTypes.size() != 1) {
            return null;
        }
        PgType target = Types.byCatalogName(name);
        if (target == null || target == Types.UNKNOWN) {
            return null;
        }
        DataType to = DataType.of(target);
        Cast cast = Casts.find(argumentTypes.get(0), to, CastContext.EXPLICIT);
        if (cast == null) {
            return null;
        }
        return new ResolvedScalar(name, List.of(argumentTypes.get(0)), to, true, args -> cast.apply(args[0]));
    }

    static PgType[] types(List<DataType> argumentTypes) {
        PgType[] t = new PgType[argumentTypes.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = argumentTypes.get(i).type();
        }
        return t;
    }

    private static List<DataType> dataTypes(PgType[] types) {
        List<DataType> list = new ArrayList<>(types.length);
        for (PgType t : types) {
            list.add(DataType.of(t));
        }
        return List.copyOf(list);
    }

    static String signature(String name, List<DataType> argumentTypes) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < argumentTypes.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Types.formatType(DataType.of(argumentTypes.get(i).type())));
        }
        return sb.append(')').toString();
    }

    /** 42883 "function name(types) does not exist" with PostgreSQL's HINT. */
    public static PgException doesNotExist(String name, List<DataType> argumentTypes) {
        return new PgException(SqlState.UNDEFINED_FUNCTION, "function %s does not exist",
                signature(name, argumentTypes))
                .withHint("No function matches the given name and argument types. "
                        + "You might need to add explicit type casts.");
    }

    static PgException notUnique(String name, List<DataType> argumentTypes) {
        return new PgException(SqlState.AMBIGUOUS_FUNCTION, "function %s is not unique",
                signature(name, argumentTypes))
                .withHint("Could not choose a best candidate function. You might need to add explicit type casts.");
    }

    /**
     * SQL LIKE / ILIKE with PostgreSQL's rules: % and _ wildcards, backslash as default escape,
     * {@code escape} 0 meaning "no escape character".
     */
    public static boolean like(String value, String pattern, char escape, boolean caseInsensitive) {
        return Like.matches(value, pattern, escape, caseInsensitive);
    }
}
