package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.NumericType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;

/**
 * The built-in aggregates with PostgreSQL's signatures and result types:
 * count(*) / count("any") bigint; sum(int2/int4) bigint, sum(int8/numeric) numeric,
 * sum(float4) real, sum(float8) double precision; avg(int*, numeric) numeric (numeric division's
 * scale, 2.3333333333333333), avg(float*) double precision; min/max keep their type;
 * bool_and/bool_or/every; bit_and/bit_or/bit_xor; string_agg(text, text).
 */
final class Aggregates {
    private Aggregates() {
    }

    record Signature(String name, PgType[] args, PgType result, Supplier<AggregateFunction.Accumulator> factory) {
    }

    private record Resolved(String name, List<DataType> argumentTypes, DataType resultType,
            Supplier<AggregateFunction.Accumulator> factory) implements AggregateFunction {
        @Override
        public Accumulator newAccumulator() {
            return factory.get();
        }
    }

    static AggregateFunction resolved(Signature s, List<DataType> argumentTypes) {
        return new Resolved(s.name, argumentTypes, DataType.of(s.result), s.factory);
    }

    static final class Count implements AggregateFunction.Combinable {
        private final boolean star;
        private long count;

        Count(boolean star) {
            this.star = star;
        }

        @Override
        public void add(Object[] args) {
            if (star || args[0] != null) {
                count++;
            }
        }

        @Override
        public Object result() {
            return count;
        }

        @Override
        public void combine(AggregateFunction.Accumulator later) {
            count += ((Count) later).count;
        }
    }

    /** sum and avg over int2/int4/int8: a long, widened to BigInteger only if it overflows. */
    static final class IntegerSum implements AggregateFunction.Combinable {
        private final boolean avg;
        private final boolean numericResult;
        private long sum;
        private BigInteger big;
        private long count;

        IntegerSum(boolean avg, boolean numericResult) {
            this.avg = avg;
            this.numericResult = numericResult;
        }

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            long x = ((Number) v).longValue();
            count++;
            if (big != null) {
                big = big.add(BigInteger.valueOf(x));
                return;
            }
            long r = sum + x;
            if (((sum ^ r) & (x ^ r)) < 0) {
                big = BigInteger.valueOf(sum).add(BigInteger.valueOf(x));
            } else {
                sum = r;
            }
        }

        @Override
        public void combine(AggregateFunction.Accumulator later) {
            IntegerSum other = (IntegerSum) later;
            count += other.count;
            long r = sum + other.sum;
            if (big != null || other.big != null || ((sum ^ r) & (other.sum ^ r)) < 0) {
                big = total().add(other.total());
            } else {
                sum = r;
            }
        }

        private BigInteger total() {
            return big != null ? big : BigInteger.valueOf(sum);
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            BigDecimal total = big != null ? new BigDecimal(big) : null;
            if (avg) {
                return NumericType.divide(total != null ? total : BigDecimal.valueOf(sum), BigDecimal.valueOf(count));
            }
            if (numericResult) {
                return total != null ? total : BigDecimal.valueOf(sum);
            }
            if (total != null) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
            }
            return sum;
        }
    }

    static final class NumericSum implements AggregateFunction.Combinable {
        private final boolean avg;
        private Object sum;
        private long count;

        NumericSum(boolean avg) {
            this.avg = avg;
        }

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            count++;
            sum = sum == null ? v : NumericType.add(sum, v);
        }

        @Override
        public void combine(AggregateFunction.Accumulator later) {
            NumericSum other = (NumericSum) later;
            if (other.count > 0) {
                count += other.count;
                sum = sum == null ? other.sum : NumericType.add(sum, other.sum);
            }
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            return avg ? NumericType.divide(sum, BigDecimal.valueOf(count)) : sum;
        }
    }

    /** sum(float8), avg(float4/float8): double precision with float8pl's overflow check. */
    static final class DoubleSum implements AggregateFunction.Accumulator {
        private final boolean avg;
        private final boolean float4;
        private double sum;
        private float sum4;
        private long count;

        DoubleSum(boolean avg, boolean float4) {
            this.avg = avg;
            this.float4 = float4;
        }

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            count++;
            if (float4 && !avg) {
                float x = (Float) v;
                float r = sum4 + x;
                if (Float.isInfinite(r) && !Float.isInfinite(sum4) && !Float.isInfinite(x)) {
                    throw overflow();
                }
                sum4 = r;
                return;
            }
            double x = ((Number) v).doubleValue();
            double r = sum + x;
            if (Double.isInfinite(r) && !Double.isInfinite(sum) && !Double.isInfinite(x)) {
                throw overflow();
            }
            sum = r;
        }

        private static PgException overflow() {
            return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            if (avg) {
                return sum / count;
            }
            return float4 ? (Object) sum4 : (Object) sum;
        }
    }

    /**
     * An aggregate that folds its non-null inputs two at a time, starting from the first: null when
     * every input is null (min/max, bit_and/bit_or/bit_xor).
     */
    abstract static class NonNullFold implements AggregateFunction.Combinable {
        private Object value;

        /** The fold of the value so far with the next input (both non-null). */
        abstract Object combine(Object value, Object next);

        @Override
        public final void add(Object[] args) {
            Object v = args[0];
            if (v != null) {
                value = value == null ? v : combine(value, v);
            }
        }

        @Override
        public final Object result() {
            return value;
        }

        @Override
        public final void combine(AggregateFunction.Accumulator later) {
            Object v = ((NonNullFold) later).value;
            if (v != null) {
                value = value == null ? v : combine(value, v);
            }
        }
    }

    static final class MinMax extends NonNullFold {
        private final PgType type;
        private final boolean max;

        MinMax(PgType type, boolean max) {
            this.type = type;
            this.max = max;
        }

        @Override
        Object combine(Object value, Object next) {
            int c = type.compare(next, value);
            return (max ? c > 0 : c < 0) ? next : value;
        }
    }

    /** range_intersect_agg(anyrange): the intersection of the non-null ranges. */
    static final class RangeIntersection extends NonNullFold {
        private final io.pglitedb.types.range.RangeType type;

        RangeIntersection(io.pglitedb.types.range.RangeType type) {
            this.type = type;
        }

        @Override
        Object combine(Object value, Object next) {
            return io.pglitedb.types.range.RangeOperators.intersection(type, (io.pglitedb.types.range.Range) value,
                    (io.pglitedb.types.range.Range) next);
        }
    }

    /** range_agg(anyrange): the multirange of the non-null ranges (null when there are none). */
    static final class RangeUnion implements AggregateFunction.Accumulator {
        private final io.pglitedb.types.range.MultirangeType type;
        private List<io.pglitedb.types.range.Range> ranges;

        RangeUnion(io.pglitedb.types.range.MultirangeType type) {
            this.type = type;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] != null) {
                if (ranges == null) {
                    ranges = new java.util.ArrayList<>();
                }
                ranges.add((io.pglitedb.types.range.Range) args[0]);
            }
        }

        @Override
        public Object result() {
            return ranges == null ? null : type.canonical(ranges);
        }
    }

    /** range_agg(anymultirange) / range_intersect_agg(anymultirange): the union or intersection of the inputs. */
    static final class MultirangeFold extends NonNullFold {
        private final io.pglitedb.types.range.MultirangeType type;
        private final boolean union;

        MultirangeFold(io.pglitedb.types.range.MultirangeType type, boolean union) {
            this.type = type;
            this.union = union;
        }

        @Override
        Object combine(Object value, Object next) {
            io.pglitedb.types.range.Multirange a = (io.pglitedb.types.range.Multirange) value;
            io.pglitedb.types.range.Multirange b = (io.pglitedb.types.range.Multirange) next;
            return union ? io.pglitedb.types.range.MultirangeOperators.union(type, a, b)
                    : io.pglitedb.types.range.MultirangeOperators.intersection(type, a, b);
        }
    }

    static final class BoolAggregate implements AggregateFunction.Combinable {
        private final boolean and;
        private Boolean value;

        BoolAggregate(boolean and) {
            this.and = and;
        }

        @Override
        public void add(Object[] args) {
            Boolean v = (Boolean) args[0];
            if (v == null) {
                return;
            }
            value = value == null ? v : (and ? value && v : value || v);
        }

        @Override
        public void combine(AggregateFunction.Accumulator later) {
            add(new Object[] {((BoolAggregate) later).value});
        }

        @Override
        public Object result() {
            return value;
        }
    }

    /**
     * bit_and / bit_or / bit_xor: the type's own {@code &}, {@code |} or {@code #} folded over the
     * non-null values (the operator is looked up when the first one comes; null when none do).
     */
    static final class BitwiseAggregate extends NonNullFold {
        private final PgType type;
        private final String operator;
        private io.pglitedb.types.Operator fold;

        BitwiseAggregate(PgType type, String operator) {
            this.type = type;
            this.operator = operator;
        }

        @Override
        Object combine(Object value, Object next) {
            if (fold == null) {
                DataType t = DataType.of(type);
                fold = io.pglitedb.types.Operators.binary(operator, t, t);
            }
            return fold.apply(value, next);
        }
    }

    static final class StringAggregate implements AggregateFunction.Accumulator {
        private StringBuilder buffer;

        @Override
        public void add(Object[] args) {
            String v = (String) args[0];
            if (v == null) {
                return;
            }
            if (buffer == null) {
                buffer = new StringBuilder(v);
            } else {
                String delimiter = (String) args[1];
                if (delimiter != null) {
                    buffer.append(delimiter);
                }
                buffer.append(v);
            }
        }

        @Override
        public Object result() {
            return buffer == null ? null : buffer.toString();
        }
    }

    /** string_agg(bytea, bytea): the values joined by the delimiter. */
    static final class ByteaAggregate implements AggregateFunction.Accumulator {
        private java.io.ByteArrayOutputStream buffer;

        @Override
        public void add(Object[] args) {
            byte[] v = (byte[]) args[0];
            if (v == null) {
                return;
            }
            if (buffer == null) {
                buffer = new java.io.ByteArrayOutputStream();
            } else if (args[1] != null) {
                buffer.writeBytes((byte[]) args[1]);
            }
            buffer.writeBytes(v);
        }

        @Override
        public Object result() {
            return buffer == null ? null : buffer.toByteArray();
        }
    }
}
