package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.IntervalType;
import io.pglitedb.types.IntervalValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TimeTzValue;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Functions over interval, time and timetz: justify_days/hours/interval, age, make_interval,
 * isfinite, and extract / date_part of their fields (extract gives numeric, date_part float8,
 * with PostgreSQL's scales: seconds 6 digits, milliseconds 3).
 */
final class IntervalFunctions {
    private IntervalFunctions() {
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> byName) {
        PgType interval = Types.INTERVAL;
        PgType ts = Types.TIMESTAMP;
        PgType tz = Types.TIMESTAMPTZ;
        PgType int4 = Types.INT4;
        PgType text = Types.TEXT;
        add(byName, "justify_days", interval, a -> IntervalType.justifyDays((IntervalValue) a[0]), interval);
        add(byName, "justify_hours", interval, a -> IntervalType.justifyHours((IntervalValue) a[0]), interval);
        add(byName, "justify_interval", interval, a -> IntervalType.justifyInterval((IntervalValue) a[0]), interval);
        add(byName, "isfinite", Types.BOOL, a -> true, interval);
        add(byName, "age", interval, a -> IntervalType.age((Long) a[0], (Long) a[1]), ts, ts);
        add(byName, "age", interval, a -> IntervalType.age(TimestampType.timestampFromTimestamptz((Long) a[0]),
                TimestampType.timestampFromTimestamptz((Long) a[1])), tz, tz);
        add(byName, "age", interval, a -> IntervalType.age(midnightToday(),
                TimestampType.timestampFromTimestamptz((Long) a[0])), tz);
        PgType[] makeArgs = {int4, int4, int4, int4, int4, int4, Types.FLOAT8};
        for (int n = 0; n <= makeArgs.length; n++) {
            PgType[] args = java.util.Arrays.copyOf(makeArgs, n);
            add(byName, "make_interval", interval, IntervalFunctions::makeInterval, args);
        }
        add(byName, "extract", Types.NUMERIC, a -> intervalPart((String) a[0], (IntervalValue) a[1]), text, interval);
        add(byName, "date_part", Types.FLOAT8, a -> toDouble(intervalPart((String) a[0], (IntervalValue) a[1])), text,
                interval);
        add(byName, "extract", Types.NUMERIC, a -> timePart((String) a[0], (Long) a[1], null, "time without time zone"),
                text, Types.TIME);
        add(byName, "date_part", Types.FLOAT8, a -> toDouble(timePart((String) a[0], (Long) a[1], null,
                "time without time zone")), text, Types.TIME);
        add(byName, "extract", Types.NUMERIC, a -> timePart((String) a[0], ((TimeTzValue) a[1]).micros(),
                (TimeTzValue) a[1], "time with time zone"), text, Types.TIMETZ);
        add(byName, "date_part", Types.FLOAT8, a -> toDouble(timePart((String) a[0], ((TimeTzValue) a[1]).micros(),
                (TimeTzValue) a[1], "time with time zone")), text, Types.TIMETZ);
    }

    private static long midnightToday() {
        long now = TimestampType.timestampFromTimestamptz(TimestampType.now(-1));
        return Math.floorDiv(now, 86_400_000_000L) * 86_400_000_000L;
    }

    private static Object makeInterval(Object[] a) {
        long years = a.length > 0 ? (Integer) a[0] : 0;
        long months = a.length > 1 ? (Integer) a[1] : 0;
        long weeks = a.length > 2 ? (Integer) a[2] : 0;
        long days = a.length > 3 ? (Integer) a[3] : 0;
        long hours = a.length > 4 ? (Integer) a[4] : 0;
        long mins = a.length > 5 ? (Integer) a[5] : 0;
        double secs = a.length > 6 ? (Double) a[6] : 0;
        if (Double.isNaN(secs) || Double.isInfinite(secs)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        try {
            long m = Math.addExact(Math.multiplyExact(years, 12), months);
            long d = Math.addExact(Math.multiplyExact(weeks, 7), days);
            if (m != (int) m || d != (int) d) {
                throw new ArithmeticException();
            }
            double usec = Math.rint(secs * 1_000_000.0);
            if (usec >= 9.2e18 || usec <= -9.2e18) {
                throw new ArithmeticException();
            }
            long time = Math.addExact(Math.addExact(Math.multiplyExact(hours, 3_600_000_000L),
                    Math.multiplyExact(mins, 60_000_000L)), (long) usec);
            return new IntervalValue((int) m, (int) d, time);
        } catch (ArithmeticException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
    }

    private static Object toDouble(Object numeric) {
        return ((BigDecimal) numeric).doubleValue();
    }

    private static BigDecimal scaled(long value, int scale) {
        return BigDecimal.valueOf(value, scale);
    }

    static BigDecimal intervalPart(String field, IntervalValue v) {
        String unit = DateUnits.canonical(field);
        if (unit == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type interval",
                    field);
        }
        long year = v.months() / 12;
        long mon = v.months() % 12;
        long time = v.micros();
        long hour = time / 3_600_000_000L;
        time -= hour * 3_600_000_000L;
        long min = time / 60_000_000L;
        time -= min * 60_000_000L;
        long secMicros = time;
        return switch (unit) {
            case "microseconds" -> BigDecimal.valueOf(secMicros);
            case "milliseconds" -> scaled(secMicros, 3);
            case "second" -> scaled(secMicros, 6);
            case "minute" -> BigDecimal.valueOf(min);
            case "hour" -> BigDecimal.valueOf(hour);
            case "day" -> BigDecimal.valueOf(v.days());
            case "month" -> BigDecimal.valueOf(mon);
            case "quarter" -> BigDecimal.valueOf(mon / 3 + 1);
            case "year" -> BigDecimal.valueOf(year);
            case "decade" -> BigDecimal.valueOf(year / 10);
            case "century" -> BigDecimal.valueOf(year / 100);
            case "millennium" -> BigDecimal.valueOf(year / 1000);
            case "epoch" -> {
                long secs = (1461L * (v.months() / 12) + 120L * (v.months() % 12) + 4L * v.days()) * (86400 / 4);
                yield BigDecimal.valueOf(secs).multiply(BigDecimal.valueOf(1_000_000)).add(BigDecimal.valueOf(v.micros()))
                        .movePointLeft(6).setScale(6);
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "unit \"%s\" not supported for type interval",
                    field);
        };
    }

    static BigDecimal timePart(String field, long micros, TimeTzValue tz, String typeName) {
        String unit = DateUnits.canonical(field);
        if (unit == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type %s", field,
                    typeName);
        }
        long hour = micros / 3_600_000_000L;
        long min = micros / 60_000_000L % 60;
        long secMicros = micros % 60_000_000L;
        return switch (unit) {
            case "microseconds" -> BigDecimal.valueOf(secMicros);
            case "milliseconds" -> scaled(secMicros, 3);
            case "second" -> scaled(secMicros, 6);
            case "minute" -> BigDecimal.valueOf(min);
            case "hour" -> BigDecimal.valueOf(hour);
            case "epoch" -> scaled(micros + (tz == null ? 0 : tz.zone() * 1_000_000L), 6);
            case "timezone" -> {
                if (tz == null) {
                    throw notSupported(field, typeName);
                }
                yield BigDecimal.valueOf(-tz.zone());
            }
            case "timezone_hour" -> {
                if (tz == null) {
                    throw notSupported(field, typeName);
                }
                yield BigDecimal.valueOf(-tz.zone() / 3600);
            }
            case "timezone_minute" -> {
                if (tz == null) {
                    throw notSupported(field, typeName);
                }
                yield BigDecimal.valueOf(-tz.zone() / 60 % 60);
            }
            default -> throw notSupported(field, typeName);
        };
    }

    private static PgException notSupported(String field, String typeName) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "unit \"%s\" not supported for type %s", field, typeName);
    }
}
