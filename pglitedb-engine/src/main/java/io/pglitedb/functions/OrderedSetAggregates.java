package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ordered-set aggregates ({@code f(direct) WITHIN GROUP (ORDER BY x)}): percentile_cont,
 * percentile_disc (a fraction or an array of fractions) and mode. The executor sorts each group's
 * rows first, so an accumulator receives {@code (direct args..., x)} in the WITHIN GROUP order and
 * only has to count. Hypothetical-set aggregates (rank, dense_rank, percent_rank, cume_dist) are
 * computed by the executor, which places the hypothetical row among the sorted ones and passes
 * {@code (rank, dense rank, rows not after it, rows)} to the accumulator once.
 */
public final class OrderedSetAggregates {
    private OrderedSetAggregates() {
    }

    public static final Set<String> ORDERED = Set.of("percentile_cont", "percentile_disc", "mode");
    public static final Set<String> HYPOTHETICAL = Set.of("rank", "dense_rank", "percent_rank", "cume_dist");

    public static boolean isHypothetical(String name) {
        return HYPOTHETICAL.contains(name);
    }

    private record Resolved(String name, List<DataType> argumentTypes, DataType resultType,
            java.util.function.Supplier<AggregateFunction.Accumulator> factory) implements AggregateFunction {
        @Override
        public Accumulator newAccumulator() {
            return factory.get();
        }
    }

    public static AggregateFunction hypothetical(String name) {
        boolean fraction = name.equals("percent_rank") || name.equals("cume_dist");
        return new Resolved(name, List.of(), DataType.of(fraction ? Types.FLOAT8 : Types.INT8), () -> new Hypothetical(name));
    }

    /**
     * @param args the direct arguments, then the ordered ones
     * @param direct how many are direct
     */
    public static AggregateFunction resolve(String name, List<BoundExpr> args, int direct) {
        int ordered = args.size() - direct;
        if (name.equals("mode")) {
            if (direct != 0 || ordered != 1) {
                throw doesNotExist(name, args, direct);
            }
            DataType x = known(args.get(0).type());
            return new Resolved(name, List.of(x), x, Mode::new);
        }
        if (direct != 1 || ordered != 1) {
            throw doesNotExist(name, args, direct);
        }
        DataType fraction = args.get(0).type();
        boolean array = fraction.type() instanceof ArrayType;
        DataType fractionType = array ? DataType.of(ArrayTypes.arrayOf(Types.FLOAT8)) : DataType.of(Types.FLOAT8);
        DataType x = known(args.get(1).type());
        if (name.equals("percentile_cont")) {
            boolean interval = x.type() == Types.INTERVAL;
            if (!interval) {
                x = DataType.of(Types.FLOAT8);
            }
            DataType element = x;
            DataType result = array ? DataType.of(ArrayTypes.arrayOf(x.type())) : x;
            return new Resolved(name, List.of(fractionType, x), result, () -> new Percentile(true, element));
        }
        DataType element = x;
        PgType arrayType = array ? ArrayTypes.arrayOf(x.type()) : null;
        if (array && arrayType == null) {
            throw doesNotExist(name, args, direct);
        }
        DataType result = array ? new DataType(arrayType, x.typmod()) : x;
        return new Resolved(name, List.of(fractionType, x), result, () -> new Percentile(false, element));
    }

    private static DataType known(DataType t) {
        return t.type() == Types.UNKNOWN ? DataType.of(Types.TEXT) : t;
    }

    private static PgException doesNotExist(String name, List<BoundExpr> args, int direct) {
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                types.append(", ");
            }
            if (i == direct && direct > 0) {
                types.append("ORDER BY ");
            }
            types.append(args.get(i).type().displayName());
        }
        return new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", name, types)
                .withHint("No function matches the given name and argument types. "
                        + "You might need to add explicit type casts.");
    }

    /** percentile_cont / percentile_disc: collects the sorted non-null values. */
    static final class Percentile implements AggregateFunction.Accumulator {
        private final boolean continuous;
        private final DataType element;
        private final List<Object> values = new ArrayList<>();
        private Object fraction;
        private boolean seen;

        Percentile(boolean continuous, DataType element) {
            this.continuous = continuous;
            this.element = element;
        }

        @Override
        public void add(Object[] args) {
            if (!seen) {
                fraction = args[0];
                seen = true;
            }
            if (args[1] != null) {
                values.add(args[1]);
            }
        }

        @Override
        public Object result() {
            if (!seen || fraction == null || values.isEmpty()) {
                return null;
            }
            if (fraction instanceof ArrayValue array) {
                Object[] fractions = array.elements();
                Object[] out = new Object[fractions.length];
                for (int i = 0; i < fractions.length; i++) {
                    out[i] = fractions[i] == null ? null : at(((Number) fractions[i]).doubleValue());
                }
                return ArrayValue.of(array.dims(), array.lowerBounds(), out);
            }
            return at(((Number) fraction).doubleValue());
        }

        private Object at(double p) {
            if (p < 0 || p > 1 || Double.isNaN(p)) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "percentile value %s is not between 0 and 1",
                        Types.FLOAT8.toText(p, -1));
            }
            int n = values.size();
            if (!continuous) {
                long row = (long) Math.ceil(p * n);
                return values.get((int) Math.max(row, 1) - 1);
            }
            double position = p * (n - 1);
            int first = (int) Math.floor(position);
            int second = (int) Math.ceil(position);
            Object lo = values.get(first);
            Object hi = values.get(second);
            if (first == second) {
                return lo;
            }
            double proportion = position - first;
            if (lo instanceof Double a) {
                return a + proportion * ((Double) hi - a);
            }
            Operator minus = Operators.binary("-", element, element);
            Operator times = Operators.binary("*", minus.resultType(), DataType.of(Types.FLOAT8));
            Operator plus = Operators.binary("+", element, times.resultType());
            return plus.apply(lo, times.apply(minus.apply(hi, lo), proportion));
        }
    }

    /** mode(): the most frequent value, the first in sort order among equally frequent ones. */
    static final class Mode implements AggregateFunction.Accumulator {
        private Object mode;
        private long modeCount;
        private Object current;
        private long currentCount;

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            if (current != null && current.equals(v)) {
                currentCount++;
            } else {
                current = v;
                currentCount = 1;
            }
            if (currentCount > modeCount) {
                mode = current;
                modeCount = currentCount;
            }
        }

        @Override
        public Object result() {
            return mode;
        }
    }

    /** Receives (rank, dense rank, rows sorting before or as peers of the hypothetical row, rows) once. */
    static final class Hypothetical implements AggregateFunction.Accumulator {
        private final String name;
        private long[] counts;

        Hypothetical(String name) {
            this.name = name;
        }

        @Override
        public void add(Object[] args) {
            counts = new long[] {(Long) args[0], (Long) args[1], (Long) args[2], (Long) args[3]};
        }

        @Override
        public Object result() {
            long rank = counts == null ? 1 : counts[0];
            long dense = counts == null ? 1 : counts[1];
            long notAfter = counts == null ? 0 : counts[2];
            long rows = counts == null ? 0 : counts[3];
            return switch (name) {
                case "rank" -> rank;
                case "dense_rank" -> dense;
                case "percent_rank" -> rows == 0 ? 0.0 : (double) (rank - 1) / rows;
                default -> (double) (notAfter + 1) / (rows + 1);
            };
        }
    }
}
