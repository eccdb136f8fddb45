package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DateTimeText;
import io.pglitedb.types.NumericType;
import io.pglitedb.types.NumericValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * extract(field FROM date | timestamp | timestamptz) (numeric) and date_part(text, timestamp |
 * timestamptz) (float8), as PostgreSQL 15's timestamp_part_common / extract_date compute them:
 * years are astronomical inside (no year 0 outside), seconds carry 6 decimals, milliseconds 3,
 * julian of a timestamp adds the day fraction as a numeric division. date_part of a date goes
 * through the implicit cast to timestamp, as in PostgreSQL (there is no date_part(text, date)).
 * Infinite inputs give ±Infinity for the fields that grow with time and NULL for the others.
 */
final class TimestampFields {
    private TimestampFields() {
    }

    private static final long UNIX_EPOCH_OFFSET_SECONDS = 946_684_800L; // 1970-01-01 to 2000-01-01
    private static final long JULIAN_2000 = 2_451_545L;

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> byName) {
        PgType text = Types.TEXT;
        add(byName, "extract", Types.NUMERIC, a -> datePart((String) a[0], (Integer) a[1]), text, Types.DATE);
        add(byName, "extract", Types.NUMERIC, a -> timestampPart((String) a[0], (Long) a[1], false), text,
                Types.TIMESTAMP);
        add(byName, "extract", Types.NUMERIC, a -> timestampPart((String) a[0], (Long) a[1], true), text,
                Types.TIMESTAMPTZ);
        add(byName, "date_part", Types.FLOAT8, a -> toDouble(timestampPart((String) a[0], (Long) a[1], false)), text,
                Types.TIMESTAMP);
        add(byName, "date_part", Types.FLOAT8, a -> toDouble(timestampPart((String) a[0], (Long) a[1], true)), text,
                Types.TIMESTAMPTZ);
    }

    private static Object toDouble(Object numeric) {
        if (numeric == null) {
            return null;
        }
        if (numeric == NumericValue.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (numeric == NumericValue.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return ((BigDecimal) numeric).doubleValue();
    }

    /** The fields that keep growing with time: ±Infinity for infinite inputs (the others are NULL). */
    private static boolean monotonic(String unit) {
        return switch (unit) {
            case "year", "decade", "century", "millennium", "julian", "isoyear", "epoch" -> true;
            default -> false;
        };
    }

    static Object datePart(String field, int days) {
        String unit = DateUnits.canonical(field);
        if (unit == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type date", field);
        }
        switch (unit) {
            case "microseconds", "milliseconds", "second", "minute", "hour", "timezone", "timezone_hour",
                    "timezone_minute" -> throw notSupported(field, "date");
            default -> {
            }
        }
        if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
            return infinite(unit, days == Integer.MAX_VALUE);
        }
        if (unit.equals("epoch")) {
            return BigDecimal.valueOf(days * 86_400L + UNIX_EPOCH_OFFSET_SECONDS);
        }
        return dayField(unit, days);
    }

    static Object timestampPart(String field, long micros, boolean withZone) {
        String typeName = withZone ? "timestamp with time zone" : "timestamp without time zone";
        String unit = DateUnits.canonical(field);
        if (unit == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type %s", field,
                    typeName);
        }
        if (!withZone && unit.startsWith("timezone")) {
            throw notSupported(field, typeName);
        }
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return infinite(unit, micros == Long.MAX_VALUE);
        }
        if (unit.equals("epoch")) {
            return BigDecimal.valueOf(micros + UNIX_EPOCH_OFFSET_SECONDS * 1_000_000L, 6);
        }
        long local = withZone ? TimestampType.timestampFromTimestamptz(micros) : micros;
        long days = Math.floorDiv(local, DateTimeText.MICROS_PER_DAY);
        long time = Math.floorMod(local, DateTimeText.MICROS_PER_DAY);
        int offset = (int) ((local - micros) / DateTimeText.MICROS_PER_SECOND); // seconds east of UTC
        long secMicros = time % 60_000_000L;
        return switch (unit) {
            case "microseconds" -> BigDecimal.valueOf(secMicros);
            case "milliseconds" -> BigDecimal.valueOf(secMicros, 3);
            case "second" -> BigDecimal.valueOf(secMicros, 6);
            case "minute" -> BigDecimal.valueOf(time / 60_000_000L % 60);
            case "hour" -> BigDecimal.valueOf(time / 3_600_000_000L);
            case "timezone" -> BigDecimal.valueOf(offset);
            case "timezone_hour" -> BigDecimal.valueOf(offset / 3600);
            case "timezone_minute" -> BigDecimal.valueOf(offset / 60 % 60);
            case "julian" -> ((BigDecimal) NumericType.divide(BigDecimal.valueOf(time),
                    BigDecimal.valueOf(DateTimeText.MICROS_PER_DAY))).add(BigDecimal.valueOf(days + JULIAN_2000));
            default -> dayField(unit, days);
        };
    }

    /** The fields of the calendar day {@code days} (days since 2000-01-01). */
    private static BigDecimal dayField(String unit, long days) {
        LocalDate d = LocalDate.ofEpochDay(days + 10_957L);
        long year = d.getYear(); // astronomical: 0 is 1 BC
        return BigDecimal.valueOf(switch (unit) {
            case "day" -> d.getDayOfMonth();
            case "month" -> d.getMonthValue();
            case "quarter" -> (d.getMonthValue() - 1) / 3 + 1;
            case "week" -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case "year" -> year > 0 ? year : year - 1;
            case "decade" -> year >= 0 ? year / 10 : -((8 - (year - 1)) / 10);
            case "century" -> year > 0 ? (year + 99) / 100 : -((99 - (year - 1)) / 100);
            case "millennium" -> year > 0 ? (year + 999) / 1000 : -((999 - (year - 1)) / 1000);
            case "isoyear" -> {
                long iso = d.get(IsoFields.WEEK_BASED_YEAR);
                yield iso > 0 ? iso : iso - 1;
            }
            case "dow" -> d.getDayOfWeek().getValue() % 7;
            case "isodow" -> d.getDayOfWeek().getValue();
            case "doy" -> d.getDayOfYear();
            case "julian" -> days + JULIAN_2000;
            default -> throw new IllegalStateException(unit);
        });
    }

    private static Object infinite(String unit, boolean positive) {
        if (!monotonic(unit)) {
            return null;
        }
        return positive ? NumericValue.POSITIVE_INFINITY : NumericValue.NEGATIVE_INFINITY;
    }

    private static PgException notSupported(String field, String typeName) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "unit \"%s\" not supported for type %s", field,
                typeName);
    }
}
