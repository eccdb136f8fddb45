package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DateTimeOperators;
import io.pglitedb.types.IntervalType;
import io.pglitedb.types.IntervalValue;
import io.pglitedb.types.NumericValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TimeTzValue;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;

/**
 * PostgreSQL's in_range support functions, which decide the frame of {@code RANGE offset
 * PRECEDING/FOLLOWING}: {@code inRange(val, base, offset, sub, less)} is whether {@code val}
 * lies on the frame's side of {@code base -/+ offset} ({@code val <= sum} when {@code less},
 * else {@code val >= sum}), with each type's rules for NaN, infinities and overflow. Offsets are
 * int8 for integer keys, numeric for numeric, float8 for floats, interval for dates, times,
 * timestamps and intervals (the analyser coerced them).
 */
final class RangeOffsets {
    private RangeOffsets() {
    }

    /** 22013 for a negative (or NaN) offset. */
    static void checkOffset(PgType keyType, Object offset) {
        boolean bad;
        if (offset instanceof Long l) {
            bad = l < 0;
        } else if (offset instanceof Double d) {
            bad = d.isNaN() || d < 0;
        } else if (offset instanceof BigDecimal b) {
            bad = b.signum() < 0;
        } else if (offset instanceof NumericValue n) {
            bad = n.isNaN() || n.sign() < 0;
        } else if (offset instanceof IntervalValue v) {
            bad = keyType == Types.TIME || keyType == Types.TIMETZ ? v.micros() < 0 : v.compareSpan(IntervalValue.ZERO) < 0;
        } else {
            bad = false;
        }
        if (bad) {
            throw new PgException(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                    "invalid preceding or following size in window function");
        }
    }

    static boolean inRange(PgType keyType, Object val, Object base, Object offset, boolean sub, boolean less) {
        if (keyType == Types.INT2 || keyType == Types.INT4 || keyType == Types.INT8) {
            long b = ((Number) base).longValue();
            long off = (Long) offset;
            long sum;
            try {
                sum = Math.addExact(b, sub ? -off : off);
            } catch (ArithmeticException e) {
                return sub ? !less : less; // the true sum is beyond every value
            }
            long v = ((Number) val).longValue();
            return less ? v <= sum : v >= sum;
        }
        if (keyType == Types.FLOAT4 || keyType == Types.FLOAT8) {
            return inRangeFloat(((Number) val).doubleValue(), ((Number) base).doubleValue(), (Double) offset, sub, less);
        }
        if (keyType == Types.NUMERIC) {
            return inRangeNumeric(val, base, offset, sub, less);
        }
        if (keyType == Types.DATE || keyType == Types.TIMESTAMP) {
            long b = keyType == Types.DATE ? TimestampType.timestampFromDate((Integer) base) : (Long) base;
            long v = keyType == Types.DATE ? TimestampType.timestampFromDate((Integer) val) : (Long) val;
            IntervalValue off = (IntervalValue) offset;
            long sum = sub ? IntervalType.minus(b, off) : IntervalType.plus(b, off);
            return less ? v <= sum : v >= sum;
        }
        if (keyType == Types.TIMESTAMPTZ) {
            IntervalValue off = (IntervalValue) offset;
            long sum = DateTimeOperators.plusWithZone((Long) base, sub ? IntervalType.negate(off) : off);
            long v = (Long) val;
            return less ? v <= sum : v >= sum;
        }
        if (keyType == Types.TIME) {
            // no wrap-around at midnight, unlike time + interval (in_range_time_interval)
            long micros = ((IntervalValue) offset).micros();
            long sum;
            try {
                sum = sub ? (Long) base - micros : Math.addExact((Long) base, micros);
            } catch (ArithmeticException e) {
                return less;
            }
            long v = (Long) val;
            return less ? v <= sum : v >= sum;
        }
        if (keyType == Types.TIMETZ) {
            TimeTzValue b = (TimeTzValue) base;
            long micros = ((IntervalValue) offset).micros();
            TimeTzValue sum = new TimeTzValue(sub ? b.micros() - micros : b.micros() + micros, b.zone());
            int c = keyType.compare(val, sum);
            return less ? c <= 0 : c >= 0;
        }
        if (keyType == Types.INTERVAL) {
            IntervalValue b = (IntervalValue) base;
            IntervalValue off = (IntervalValue) offset;
            IntervalValue sum = sub ? IntervalType.subtract(b, off) : IntervalType.add(b, off);
            int c = keyType.compare(val, sum);
            return less ? c <= 0 : c >= 0;
        }
        throw new IllegalStateException("no in_range for " + keyType.name());
    }

    /** in_range_float8_float8. */
    private static boolean inRangeFloat(double val, double base, double offset, boolean sub, boolean less) {
        if (Double.isNaN(val)) {
            return Double.isNaN(base) || !less; // NaN = NaN, NaN > non-NaN
        }
        if (Double.isNaN(base)) {
            return less; // non-NaN < NaN
        }
        // +inf infinitely precedes +inf and -inf infinitely follows -inf: every value is in such a frame
        if (Double.isInfinite(offset) && Double.isInfinite(base) && (sub ? base > 0 : base < 0)) {
            return true;
        }
        double sum = sub ? base - offset : base + offset;
        return less ? val <= sum : val >= sum;
    }

    /** in_range_numeric_numeric, over BigDecimal and the special values (NaN, +-Infinity). */
    private static boolean inRangeNumeric(Object val, Object base, Object offset, boolean sub, boolean less) {
        boolean valNaN = val instanceof NumericValue n && n.isNaN();
        boolean baseNaN = base instanceof NumericValue n && n.isNaN();
        if (valNaN) {
            return baseNaN || !less;
        }
        if (baseNaN) {
            return less;
        }
        int baseInf = base instanceof NumericValue n ? n.sign() : 0;
        int offsetInf = offset instanceof NumericValue n ? n.sign() : 0;
        if (offsetInf != 0 && baseInf != 0 && (sub ? baseInf > 0 : baseInf < 0)) {
            return true;
        }
        int sumInf;
        BigDecimal sum = null;
        if (baseInf != 0) {
            sumInf = baseInf;
        } else if (offsetInf != 0) {
            sumInf = sub ? -1 : 1;
        } else {
            sumInf = 0;
            sum = sub ? ((BigDecimal) base).subtract((BigDecimal) offset) : ((BigDecimal) base).add((BigDecimal) offset);
        }
        int valInf = val instanceof NumericValue n ? n.sign() : 0;
        int c;
        if (valInf != 0 || sumInf != 0) {
            c = Integer.compare(valInf, sumInf);
            if (valInf == 0 && sumInf == 0) {
                c = 0;
            }
        } else {
            c = ((BigDecimal) val).compareTo(sum);
        }
        return less ? c <= 0 : c >= 0;
    }
}
