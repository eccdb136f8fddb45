package io.pglitedb.types;

/**
 * pg_operator's entries for interval, time and timetz, and their arithmetic with date and the
 * timestamps (registered into {@link Operators}' table): comparisons, interval +- interval,
 * interval * / float8, unary minus, timestamp/date +- interval, timestamp - timestamp,
 * date + time, time +- interval, time - time. timestamptz arithmetic runs in the session TimeZone
 * (UTC for now, where it equals the local arithmetic).
 */
public final class DateTimeOperators {
    private DateTimeOperators() {
    }

    private static IntervalValue iv(Object o) {
        return (IntervalValue) o;
    }

    private static long l(Object o) {
        return (Long) o;
    }

    /**
     * timestamptz_pl_interval: months and days move the wall-clock time in the session zone
     * (across a DST change a day stays a calendar day), the rest is added to the instant.
     */
    public static long plusWithZone(long utc, IntervalValue v) {
        if (utc == Long.MAX_VALUE || utc == Long.MIN_VALUE || (v.months() == 0 && v.days() == 0)) {
            return IntervalType.plus(utc, v);
        }
        long local = TimestampType.timestampFromTimestamptz(utc);
        long shifted = IntervalType.plus(local, new IntervalValue(v.months(), v.days(), 0));
        return IntervalType.plus(TimestampType.timestamptzFromTimestamp(shifted), new IntervalValue(0, 0, v.micros()));
    }

    static void register() {
        PgType interval = Types.INTERVAL;
        PgType time = Types.TIME;
        PgType timetz = Types.TIMETZ;
        PgType ts = Types.TIMESTAMP;
        PgType tz = Types.TIMESTAMPTZ;
        PgType date = Types.DATE;
        PgType f8 = Types.FLOAT8;
        for (PgType t : new PgType[] {interval, time, timetz}) {
            Operators.comparisons(t);
        }
        Operators.binary("+", interval, interval, interval, (x, y) -> IntervalType.add(iv(x), iv(y)));
        Operators.binary("-", interval, interval, interval, (x, y) -> IntervalType.subtract(iv(x), iv(y)));
        Operators.prefix("-", interval, interval, (x, y) -> IntervalType.negate(iv(y)));
        Operators.prefix("+", interval, interval, (x, y) -> y);
        Operators.binary("*", interval, f8, interval, (x, y) -> IntervalType.multiply(iv(x), (Double) y));
        Operators.binary("*", f8, interval, interval, (x, y) -> IntervalType.multiply(iv(y), (Double) x));
        Operators.binary("/", interval, f8, interval, (x, y) -> IntervalType.divide(iv(x), (Double) y));

        Operators.binary("+", ts, interval, ts, (x, y) -> IntervalType.plus(l(x), iv(y)));
        Operators.binary("+", interval, ts, ts, (x, y) -> IntervalType.plus(l(y), iv(x)));
        Operators.binary("-", ts, interval, ts, (x, y) -> IntervalType.minus(l(x), iv(y)));
        Operators.binary("-", ts, ts, interval, (x, y) -> IntervalType.difference(l(x), l(y)));
        Operators.binary("+", tz, interval, tz, (x, y) -> plusWithZone(l(x), iv(y)));
        Operators.binary("+", interval, tz, tz, (x, y) -> plusWithZone(l(y), iv(x)));
        Operators.binary("-", tz, interval, tz, (x, y) -> plusWithZone(l(x), IntervalType.negate(iv(y))));
        Operators.binary("-", tz, tz, interval, (x, y) -> IntervalType.difference(l(x), l(y)));
        Operators.binary("+", date, interval, ts, (x, y) -> IntervalType.plus(TimestampType.timestampFromDate((Integer) x),
                iv(y)));
        Operators.binary("+", interval, date, ts, (x, y) -> IntervalType.plus(TimestampType.timestampFromDate((Integer) y),
                iv(x)));
        Operators.binary("-", date, interval, ts, (x, y) -> IntervalType.minus(TimestampType.timestampFromDate((Integer) x),
                iv(y)));
        Operators.binary("+", date, time, ts, (x, y) -> TimestampType.timestampFromDate((Integer) x) + l(y));
        Operators.binary("+", time, date, ts, (x, y) -> TimestampType.timestampFromDate((Integer) y) + l(x));

        Operators.binary("+", time, interval, time, (x, y) -> TimeType.plus(l(x), iv(y)));
        Operators.binary("+", interval, time, time, (x, y) -> TimeType.plus(l(y), iv(x)));
        Operators.binary("-", time, interval, time, (x, y) -> TimeType.plus(l(x), IntervalType.negate(iv(y))));
        Operators.binary("-", time, time, interval, (x, y) -> new IntervalValue(0, 0, l(x) - l(y)));
        Operators.binary("+", timetz, interval, timetz, (x, y) -> TimeType.plus((TimeTzValue) x, iv(y)));
        Operators.binary("+", interval, timetz, timetz, (x, y) -> TimeType.plus((TimeTzValue) y, iv(x)));
        Operators.binary("-", timetz, interval, timetz, (x, y) -> TimeType.plus((TimeTzValue) x,
                IntervalType.negate(iv(y))));
    }
}
