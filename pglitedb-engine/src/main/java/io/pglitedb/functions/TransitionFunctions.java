package io.pglitedb.functions;

import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.NumericType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * pg_catalog functions that CREATE AGGREGATE names as support functions: the functions behind
 * operators ({@code int4pl} is {@code +} on integers, {@code int4larger} the greater one) and the
 * transition and final functions of built-in aggregates whose state is an array ({@code
 * int4_avg_accum} keeps {count, sum} in a bigint[], {@code float8_accum} {N, sum(X), sum(X*X)}).
 */
final class TransitionFunctions {
    private TransitionFunctions() {
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, boolean strict,
            Scalars.Body body, PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, strict,
                body));
    }

    /** The function behind a binary operator on one type (int4pl is + on integer). */
    private static void operator(Map<String, List<Scalars.Signature>> byName, String name, String op, PgType type) {
        Operator o = Operators.binary(op, DataType.of(type), DataType.of(type));
        add(byName, name, o.resultType().type(), true, a -> o.apply(a[0], a[1]), type, type);
    }

    /** The function behind a binary operator on two types (int48pl is integer + bigint). */
    private static void operator(Map<String, List<Scalars.Signature>> byName, String name, String op, PgType left,
            PgType right) {
        Operator o = Operators.binary(op, DataType.of(left), DataType.of(right));
        add(byName, name, o.resultType().type(), true, a -> o.apply(a[0], a[1]), left, right);
    }

    /**
     * A pg_catalog name of a function the engine has under another name (dsqrt is sqrt on double
     * precision), found when first called.
     */
    private static void alias(Map<String, List<Scalars.Signature>> byName, String alias, String function,
            PgType result, PgType... args) {
        List<DataType> types = new ArrayList<>(args.length);
        for (PgType t : args) {
            types.add(DataType.of(t));
        }
        add(byName, alias, result, true, a -> Functions.scalar(function, types).apply(a), args);
    }

    private static void larger(Map<String, List<Scalars.Signature>> byName, String prefix, PgType type) {
        add(byName, prefix + "larger", type, true, a -> type.compare(a[0], a[1]) >= 0 ? a[0] : a[1], type, type);
        add(byName, prefix + "smaller", type, true, a -> type.compare(a[0], a[1]) <= 0 ? a[0] : a[1], type, type);
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType[] types = {Types.INT2, Types.INT4, Types.INT8, Types.FLOAT4, Types.FLOAT8};
        String[] prefixes = {"int2", "int4", "int8", "float4", "float8"};
        for (int i = 0; i < types.length; i++) {
            operator(m, prefixes[i] + "pl", "+", types[i]);
            operator(m, prefixes[i] + "mi", "-", types[i]);
            operator(m, prefixes[i] + "mul", "*", types[i]);
            operator(m, prefixes[i] + "div", "/", types[i]);
            larger(m, prefixes[i], types[i]);
        }
        String[] symbols = {"+", "-", "*", "/"};
        String[] suffixes = {"pl", "mi", "mul", "div"};
        for (int left = 0; left < 3; left++) { // int24pl, int48mi ...: integers of two widths
            for (int right = 0; right < 3; right++) {
                if (left != right) {
                    for (int k = 0; k < symbols.length; k++) {
                        operator(m, "int" + prefixes[left].charAt(3) + prefixes[right].charAt(3) + suffixes[k],
                                symbols[k], types[left], types[right]);
                    }
                }
            }
        }
        operator(m, "interval_pl", "+", Types.INTERVAL);
        operator(m, "interval_mi", "-", Types.INTERVAL);
        alias(m, "dsqrt", "sqrt", Types.FLOAT8, Types.FLOAT8);
        alias(m, "numeric_sqrt", "sqrt", Types.NUMERIC, Types.NUMERIC);
        alias(m, "dexp", "exp", Types.FLOAT8, Types.FLOAT8);
        alias(m, "numeric_exp", "exp", Types.NUMERIC, Types.NUMERIC);
        alias(m, "dlog1", "ln", Types.FLOAT8, Types.FLOAT8);
        alias(m, "numeric_ln", "ln", Types.NUMERIC, Types.NUMERIC);
        alias(m, "dlog10", "log", Types.FLOAT8, Types.FLOAT8);
        alias(m, "dpow", "pow", Types.FLOAT8, Types.FLOAT8, Types.FLOAT8);
        alias(m, "numeric_power", "pow", Types.NUMERIC, Types.NUMERIC, Types.NUMERIC);
        alias(m, "numeric_abs", "abs", Types.NUMERIC, Types.NUMERIC);
        alias(m, "float8abs", "abs", Types.FLOAT8, Types.FLOAT8);
        alias(m, "float4abs", "abs", Types.FLOAT4, Types.FLOAT4);
        alias(m, "int8abs", "abs", Types.INT8, Types.INT8);
        alias(m, "int4abs", "abs", Types.INT4, Types.INT4);
        alias(m, "int2abs", "abs", Types.INT2, Types.INT2);
        operator(m, "numeric_add", "+", Types.NUMERIC);
        operator(m, "numeric_sub", "-", Types.NUMERIC);
        operator(m, "numeric_mul", "*", Types.NUMERIC);
        operator(m, "numeric_div", "/", Types.NUMERIC);
        larger(m, "numeric_", Types.NUMERIC);
        add(m, "textcat", Types.TEXT, true, a -> (String) a[0] + a[1], Types.TEXT, Types.TEXT);
        // bool_and / bool_or transition functions
        add(m, "booland_statefunc", Types.BOOL, true, a -> (Boolean) a[0] && (Boolean) a[1], Types.BOOL, Types.BOOL);
        add(m, "boolor_statefunc", Types.BOOL, true, a -> (Boolean) a[0] || (Boolean) a[1], Types.BOOL, Types.BOOL);
        Operator plus8 = Operators.binary("+", DataType.of(Types.INT8), DataType.of(Types.INT8));
        add(m, "int8inc", Types.INT8, true, a -> plus8.apply(a[0], 1L), Types.INT8);
        add(m, "int8dec", Types.INT8, true, a -> plus8.apply(a[0], -1L), Types.INT8);
        add(m, "int8inc_any", Types.INT8, true, a -> plus8.apply(a[0], 1L), Types.INT8, PseudoType.ANY);
        add(m, "int8dec_any", Types.INT8, true, a -> plus8.apply(a[0], -1L), Types.INT8, PseudoType.ANY);
        // sum(int2/int4) transition: a NULL state takes the first value
        add(m, "int4_sum", Types.INT8, false, a -> sumInto(plus8, a[0], a[1]), Types.INT8, Types.INT4);
        add(m, "int2_sum", Types.INT8, false, a -> sumInto(plus8, a[0], a[1]), Types.INT8, Types.INT2);
        PgType int8Array = ArrayTypes.arrayOf(Types.INT8);
        add(m, "int4_avg_accum", int8Array, true, a -> avgAccum((ArrayValue) a[0], (Integer) a[1], 1), int8Array,
                Types.INT4);
        add(m, "int2_avg_accum", int8Array, true, a -> avgAccum((ArrayValue) a[0], (Short) a[1], 1), int8Array,
                Types.INT2);
        add(m, "int4_avg_accum_inv", int8Array, true, a -> avgAccum((ArrayValue) a[0], (Integer) a[1], -1),
                int8Array, Types.INT4);
        add(m, "int2_avg_accum_inv", int8Array, true, a -> avgAccum((ArrayValue) a[0], (Short) a[1], -1),
                int8Array, Types.INT2);
        add(m, "int8_avg", Types.NUMERIC, true, a -> int8Avg((ArrayValue) a[0]), int8Array);
        PgType float8Array = ArrayTypes.arrayOf(Types.FLOAT8);
        add(m, "float8_accum", float8Array, true, a -> floatAccum((ArrayValue) a[0], (Double) a[1]), float8Array,
                Types.FLOAT8);
        add(m, "float4_accum", float8Array, true, a -> floatAccum((ArrayValue) a[0], (double) (Float) a[1]),
                float8Array, Types.FLOAT4);
        add(m, "float8_avg", Types.FLOAT8, true, a -> floatAvg((ArrayValue) a[0]), float8Array);
        add(m, "float8_combine", float8Array, true, a -> floatCombine((ArrayValue) a[0], (ArrayValue) a[1]),
                float8Array, float8Array);
        add(m, "float8_regr_accum", float8Array, true,
                a -> regrAccum((ArrayValue) a[0], (Double) a[1], (Double) a[2]), float8Array, Types.FLOAT8,
                Types.FLOAT8);
        add(m, "float8_regr_combine", float8Array, true, a -> regrCombine((ArrayValue) a[0], (ArrayValue) a[1]),
                float8Array, float8Array);
        // avg(numeric)'s support functions over an internal state: avg's own accumulator
        PgType internal = PseudoType.INTERNAL;
        add(m, "numeric_avg_accum", internal, false, a -> {
            AggregateFunction.Accumulator state = a[0] == null ? new Aggregates.NumericSum(true)
                    : (AggregateFunction.Accumulator) a[0];
            state.add(new Object[] {a[1]});
            return state;
        }, internal, Types.NUMERIC);
        add(m, "numeric_avg", Types.NUMERIC, false,
                a -> a[0] == null ? null : ((AggregateFunction.Accumulator) a[0]).result(), internal);
        // the support functions of the built-in ordered-set aggregates: an aggregate made with CREATE
        // AGGREGATE over them runs as the built-in whose final function it names (sql.analyze.UserAggregates)
        PgType any = PseudoType.ANY;
        add(m, "ordered_set_transition", internal, false, a -> orderedSetOnly(), internal, any);
        add(m, "ordered_set_transition_multi", internal, false, a -> orderedSetOnly(), internal, any);
        add(m, "percentile_disc_final", PseudoType.ANYELEMENT, false, a -> orderedSetOnly(), internal, Types.FLOAT8,
                PseudoType.ANYELEMENT);
        add(m, "percentile_cont_float8_final", Types.FLOAT8, false, a -> orderedSetOnly(), internal, Types.FLOAT8);
        add(m, "percentile_cont_interval_final", Types.INTERVAL, false, a -> orderedSetOnly(), internal,
                Types.FLOAT8);
        add(m, "mode_final", PseudoType.ANYELEMENT, false, a -> orderedSetOnly(), internal, PseudoType.ANYELEMENT);
        for (String rank : new String[] {"rank_final", "dense_rank_final"}) {
            add(m, rank, Types.INT8, false, a -> orderedSetOnly(), internal, any);
        }
        for (String fraction : new String[] {"percent_rank_final", "cume_dist_final"}) {
            add(m, fraction, Types.FLOAT8, false, a -> orderedSetOnly(), internal, any);
        }
        // only parallel aggregation calls these, which this engine never does
        add(m, "numeric_avg_combine", internal, false, a -> parallelOnly(), internal, internal);
        add(m, "numeric_avg_serialize", Types.BYTEA, true, a -> parallelOnly(), internal);
        add(m, "numeric_avg_deserialize", internal, true, a -> parallelOnly(), Types.BYTEA, internal);
    }

    private static Object orderedSetOnly() {
        throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                "ordered-set support functions can only be called by an ordered-set aggregate");
    }

    private static Object parallelOnly() {
        throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                "parallel aggregation is not supported");
    }

    private static Object sumInto(Operator plus, Object state, Object value) {
        if (value == null) {
            return state;
        }
        long v = ((Number) value).longValue();
        return state == null ? (Object) v : plus.apply(state, v);
    }

    /** int4_avg_accum's {count, sum} (inverse: one row removed). */
    private static ArrayValue avgAccum(ArrayValue state, long value, int sign) {
        Object[] e = state.elements();
        if (e.length != 2) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INTERNAL_ERROR,
                    "expected 2-element int8 array");
        }
        return ArrayValue.of((Long) e[0] + sign, (Long) e[1] + sign * value);
    }

    /** int8_avg: sum / count as numeric, NULL for no rows. */
    private static Object int8Avg(ArrayValue state) {
        Object[] e = state.elements();
        long count = (Long) e[0];
        if (count == 0) {
            return null;
        }
        return NumericType.divide(NumericType.fromLong((Long) e[1]), NumericType.fromLong(count));
    }

    /** The float8 elements of a transition state array, which must have {@code n} of them. */
    private static double[] values(ArrayValue state, int n) {
        Object[] e = state.elements();
        if (e.length != n) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INTERNAL_ERROR,
                    "float8_accum: expected %d-element float8 array", n);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (Double) e[i];
        }
        return out;
    }

    private static ArrayValue of(double... values) {
        Object[] boxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return ArrayValue.of(boxed);
    }

    /**
     * float8_accum: {N, Sx, Sxx} with Sxx the sum of squared deviations from the mean, updated by
     * the Youngs-Cramer algorithm as PostgreSQL does.
     */
    private static ArrayValue floatAccum(ArrayValue state, double x) {
        double[] t = values(state, 3);
        double n = t[0] + 1;
        double sx = t[1] + x;
        double sxx = t[2];
        if (t[0] > 0) {
            double tmp = x * n - sx;
            sxx += tmp * tmp / (n * t[0]);
        } else {
            sxx = Double.isNaN(x) || Double.isInfinite(x) ? Double.NaN : 0;
        }
        return of(n, sx, sxx);
    }

    /** float8_combine: two {N, Sx, Sxx} states as one. */
    private static ArrayValue floatCombine(ArrayValue a, ArrayValue b) {
        double[] x = values(a, 3);
        double[] y = values(b, 3);
        if (x[0] == 0) {
            return of(y);
        }
        if (y[0] == 0) {
            return of(x);
        }
        double n = x[0] + y[0];
        double tmp = x[1] / x[0] - y[1] / y[0];
        return of(n, x[1] + y[1], x[2] + y[2] + x[0] * y[0] * tmp * tmp / n);
    }

    /** float8_regr_accum: {N, Sx, Sxx, Sy, Syy, Sxy} for one more (y, x) pair. */
    private static ArrayValue regrAccum(ArrayValue state, double y, double x) {
        double[] t = values(state, 6);
        double n = t[0] + 1;
        double sx = t[1] + x;
        double sy = t[3] + y;
        double sxx = t[2];
        double syy = t[4];
        double sxy = t[5];
        if (t[0] > 0) {
            double tmpX = x * n - sx;
            double tmpY = y * n - sy;
            double scale = 1.0 / (n * t[0]);
            sxx += tmpX * tmpX * scale;
            syy += tmpY * tmpY * scale;
            sxy += tmpX * tmpY * scale;
        }
        return of(n, sx, sxx, sy, syy, sxy);
    }

    /** float8_regr_combine: two {N, Sx, Sxx, Sy, Syy, Sxy} states as one. */
    private static ArrayValue regrCombine(ArrayValue a, ArrayValue b) {
        double[] x = values(a, 6);
        double[] y = values(b, 6);
        if (x[0] == 0) {
            return of(y);
        }
        if (y[0] == 0) {
            return of(x);
        }
        double n = x[0] + y[0];
        double tmp1 = x[1] / x[0] - y[1] / y[0];
        double tmp2 = x[3] / x[0] - y[3] / y[0];
        return of(n, x[1] + y[1], x[2] + y[2] + x[0] * y[0] * tmp1 * tmp1 / n, x[3] + y[3],
                x[4] + y[4] + x[0] * y[0] * tmp2 * tmp2 / n, x[5] + y[5] + x[0] * y[0] * tmp1 * tmp2 / n);
    }

    private static Object floatAvg(ArrayValue state) {
        Object[] e = state.elements();
        double n = (Double) e[0];
        return n == 0 ? null : (Double) e[1] / n;
    }
}
