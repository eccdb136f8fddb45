package io.pglitedb.jdbc;

import io.pglitedb.types.DataType;
import io.pglitedb.types.NumericValue;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;

/**
 * Engine values (see {@link io.pglitedb.types.PgType}) turned into what pgJDBC's ResultSet getters
 * return for the same column. pgJDBC reads PostgreSQL's text output; where it converts across
 * types (getInt of a numeric, getBoolean of a text) it parses that text, so the same is done here
 * from the engine's text output. Error texts and SQLSTATEs are pgJDBC's.
 */
final class ColumnValues {
    private ColumnValues() {
    }

    /** 2000-01-01, the engine's epoch for date and timestamp values. */
    private static final LocalDate EPOCH_2000 = LocalDate.of(2000, 1, 1);
    private static final LocalDateTime EPOCH_2000_TIME = EPOCH_2000.atStartOfDay();
    /** pgJDBC's PGStatement.DATE_POSITIVE_INFINITY / DATE_NEGATIVE_INFINITY. */
    static final long DATE_POSITIVE_INFINITY = 9223372036825200000L;
    static final long DATE_NEGATIVE_INFINITY = -9223372036832400000L;

    static String text(Object value, DataType type) {
        if (value instanceof String s) {
            return s;
        }
        return type.type().toText(value, type.typmod());
    }

    static boolean toBoolean(Object value, DataType type) throws SQLException {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number) {
            double d = toDouble(value, type, "boolean");
            if (d == 1.0d) {
                return true;
            }
            if (d == 0.0d) {
                return false;
            }
            throw new PgLiteSQLException("Cannot cast to boolean: \"" + text(value, type) + "\"", "42846");
        }
        String val = text(value, type).trim();
        if ("1".equals(val) || "true".equalsIgnoreCase(val) || "t".equalsIgnoreCase(val) || "yes".equalsIgnoreCase(val)
                || "y".equalsIgnoreCase(val) || "on".equalsIgnoreCase(val)) {
            return true;
        }
        if ("0".equals(val) || "false".equalsIgnoreCase(val) || "f".equalsIgnoreCase(val) || "no".equalsIgnoreCase(val)
                || "n".equalsIgnoreCase(val) || "off".equalsIgnoreCase(val)) {
            return false;
        }
        throw new PgLiteSQLException("Cannot cast to boolean: \"" + text(value, type) + "\"", "42846");
    }

    /** getByte/getShort/getInt/getLong: integral values directly, anything else parsed as pgJDBC does. */
    static long toLong(Object value, DataType type, long min, long max, String typeName) throws SQLException {
        if (value instanceof Integer || value instanceof Short || value instanceof Long) {
            long v = ((Number) value).longValue();
            if (v < min || v > max) {
                throw badValue(typeName, text(value, type));
            }
            return v;
        }
        if (value instanceof Boolean) {
            throw badValue(typeName, text(value, type));
        }
        String s = text(value, type).trim();
        try {
            long v = Long.parseLong(s);
            if (v < min || v > max) {
                throw badValue(typeName, s);
            }
            return v;
        } catch (NumberFormatException e) {
            try {
                BigInteger i = new BigDecimal(s).toBigInteger();
                if (i.compareTo(BigInteger.valueOf(max)) > 0 || i.compareTo(BigInteger.valueOf(min)) < 0) {
                    throw badValue(typeName, s);
                }
                return i.longValue();
            } catch (NumberFormatException ne) {
                throw badValue(typeName, s);
            }
        }
    }

    static double toDouble(Object value, DataType type, String typeName) throws SQLException {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Long) {
            return ((Number) value).doubleValue();
        }
        String s = text(value, type).trim();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw badValue(typeName, s);
        }
    }

    static float toFloat(Object value, DataType type) throws SQLException {
        if (value instanceof Float f) {
            return f;
        }
        return (float) toDouble(value, type, "float");
    }

    static BigDecimal toBigDecimal(Object value, DataType type) throws SQLException {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        String s = text(value, type).trim();
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw badValue("BigDecimal", s);
        }
    }

    /** getBigDecimal(i, scale): pgJDBC rounds HALF_UP to the scale. */
    static BigDecimal scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** getObject of a numeric: BigDecimal, or Double.NaN / infinities for the special values. */
    static Object numericObject(Object value) {
        if (value == NumericValue.NAN) {
            return Double.NaN;
        }
        if (value == NumericValue.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (value == NumericValue.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return value;
    }

    static byte[] toBytes(Object value, DataType type) {
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        return text(value, type).getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- date and time

    static boolean isDate(DataType type) {
        return type.type() == Types.DATE;
    }

    static boolean isTimestamp(DataType type) {
        return type.type() == Types.TIMESTAMP;
    }

    static boolean isTimestampTz(DataType type) {
        return type.type() == Types.TIMESTAMPTZ;
    }

    static LocalDate localDate(int days) {
        if (days == Integer.MAX_VALUE) {
            return LocalDate.MAX;
        }
        if (days == Integer.MIN_VALUE) {
            return LocalDate.MIN;
        }
        return EPOCH_2000.plusDays(days);
    }

    static LocalDateTime localDateTime(long micros) {
        if (micros == Long.MAX_VALUE) {
            return LocalDateTime.MAX;
        }
        if (micros == Long.MIN_VALUE) {
            return LocalDateTime.MIN;
        }
        return EPOCH_2000_TIME.plusSeconds(Math.floorDiv(micros, 1_000_000L))
                .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    static Instant instant(long micros) {
        return localDateTime(micros).toInstant(ZoneOffset.UTC);
    }

    static Date toDate(Object value, DataType type, Calendar cal) throws SQLException {
        ZoneId zone = zone(cal);
        if (isDate(type)) {
            int days = (Integer) value;
            if (days == Integer.MAX_VALUE) {
                return new Date(DATE_POSITIVE_INFINITY);
            }
            if (days == Integer.MIN_VALUE) {
                return new Date(DATE_NEGATIVE_INFINITY);
            }
            return new Date(localDate(days).atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (isTimestamp(type) || isTimestampTz(type)) {
            Timestamp ts = toTimestamp(value, type, cal);
            if (ts.getTime() == DATE_POSITIVE_INFINITY || ts.getTime() == DATE_NEGATIVE_INFINITY) {
                return new Date(ts.getTime());
            }
            LocalDate day = Instant.ofEpochMilli(ts.getTime()).atZone(zone).toLocalDate();
            return new Date(day.atStartOfDay(zone).toInstant().toEpochMilli());
        }
        throw cannotConvert(type, "date");
    }

    static Timestamp toTimestamp(Object value, DataType type, Calendar cal) throws SQLException {
        if (isTimestamp(type) || isTimestampTz(type)) {
            long micros = (Long) value;
            if (micros == Long.MAX_VALUE) {
                return new Timestamp(DATE_POSITIVE_INFINITY);
            }
            if (micros == Long.MIN_VALUE) {
                return new Timestamp(DATE_NEGATIVE_INFINITY);
            }
            Instant at = isTimestampTz(type) ? instant(micros) : localDateTime(micros).atZone(zone(cal)).toInstant();
            return Timestamp.from(at);
        }
        if (isDate(type)) {
            return new Timestamp(toDate(value, type, cal).getTime());
        }
        throw cannotConvert(type, "timestamp");
    }

    static Time toTime(Object value, DataType type, Calendar cal) throws SQLException {
        if (type.oid() == JdbcTypes.TIME) { // the time of day on 1970-01-01 in the calendar's zone, as pgJDBC
            return new Time(LocalDate.of(1970, 1, 1).atTime(toLocalTime(value, type)).atZone(zone(cal)).toInstant()
                    .toEpochMilli());
        }
        if (type.oid() == TIMETZ) { // the instant of that time with its offset on 1970-01-01
            return new Time(toOffsetTime(value, type).atDate(LocalDate.of(1970, 1, 1)).toInstant().toEpochMilli());
        }
        if (isTimestamp(type) || isTimestampTz(type)) {
            Timestamp ts = toTimestamp(value, type, cal);
            ZoneId zone = zone(cal);
            var local = Instant.ofEpochMilli(ts.getTime()).atZone(zone).toLocalTime();
            return new Time(LocalDate.of(1970, 1, 1).atTime(local).atZone(zone).toInstant().toEpochMilli());
        }
        throw cannotConvert(type, "time");
    }

    static final int TIMETZ = 1266;

    /** time as LocalTime (24:00:00 is LocalTime.MAX, as pgJDBC gives it). */
    static java.time.LocalTime toLocalTime(Object value, DataType type) throws SQLException {
        if (type.oid() != JdbcTypes.TIME) {
            throw cannotConvert(type, "LocalTime");
        }
        long micros = (Long) value;
        return micros >= 86_400_000_000L ? java.time.LocalTime.MAX : java.time.LocalTime.ofNanoOfDay(micros * 1000);
    }

    /** timetz as OffsetTime. */
    static java.time.OffsetTime toOffsetTime(Object value, DataType type) throws SQLException {
        if (type.oid() != TIMETZ) {
            throw cannotConvert(type, "OffsetTime");
        }
        io.pglitedb.types.TimeTzValue t = (io.pglitedb.types.TimeTzValue) value;
        java.time.LocalTime local = t.micros() >= 86_400_000_000L ? java.time.LocalTime.MAX
                : java.time.LocalTime.ofNanoOfDay(t.micros() * 1000);
        return java.time.OffsetTime.of(local, java.time.ZoneOffset.ofTotalSeconds(-t.zone()));
    }

    static OffsetDateTime toOffsetDateTime(Object value, DataType type) throws SQLException {
        if (isTimestampTz(type) || isTimestamp(type)) {
            long micros = (Long) value;
            if (micros == Long.MAX_VALUE) {
                return OffsetDateTime.MAX;
            }
            if (micros == Long.MIN_VALUE) {
                return OffsetDateTime.MIN;
            }
            // timestamptz: the instant in UTC; timestamp: its wall-clock time read as UTC (pgJDBC)
            return localDateTime(micros).atOffset(ZoneOffset.UTC);
        }
        throw cannotConvert(type, "java.time.OffsetDateTime");
    }

    static LocalDateTime toLocalDateTime(Object value, DataType type) throws SQLException {
        if (isTimestamp(type)) {
            return localDateTime((Long) value);
        }
        throw cannotConvert(type, "java.time.LocalDateTime");
    }

    static LocalDate toLocalDate(Object value, DataType type) throws SQLException {
        if (isDate(type)) {
            return localDate((Integer) value);
        }
        if (isTimestamp(type)) {
            return localDateTime((Long) value).toLocalDate();
        }
        throw cannotConvert(type, "java.time.LocalDate");
    }

    private static ZoneId zone(Calendar cal) {
        return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
    }

    // ---------------------------------------------------------------- errors

    static SQLException badValue(String typeName, String text) {
        return new PgLiteSQLException("Bad value for type " + typeName + " : " + text, "22003");
    }

    static SQLException cannotConvert(DataType type, String target) {
        // pgJDBC names the type by its Oid constant (TIMESTAMPTZ, INT4)
        return new PgLiteSQLException("Cannot convert the column of type "
                + type.type().name().toUpperCase(java.util.Locale.ROOT) + " to requested type " + target + ".", "42821");
    }

    static SQLException conversionNotSupported(Class<?> target, DataType type) {
        return new PgLiteSQLException("conversion to " + target + " from " + type.type().name() + " not supported",
                "22023");
    }
}
