package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import io.pglitedb.types.DataType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;

/**
 * PreparedStatement parameters: what each setter binds, with the type OID pgJDBC declares for it
 * (setInt int4, setString varchar, setTimestamp unspecified, setObject(LocalDate) date ...). A
 * value is either already the engine's representation of its declared type (Integer for int4,
 * String for varchar ...) or {@link Text}, PostgreSQL text input that the resolved parameter type
 * parses at Bind exactly as the wire server parses what pgJDBC sends.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    /** A value given as PostgreSQL text input (dates and times, unspecified types). */
    record Text(String text) {
    }

    /** A value converted for the statement's resolved parameter type. */
    static Object toEngine(Object value, int declaredOid, DataType resolved) {
        if (value == null) {
            return null;
        }
        if (value instanceof Text t) {
            return resolved.type().fromText(t.text(), resolved.typmod());
        }
        if (resolved.oid() == declaredOid && resolved.typmod() == -1) {
            return value; // PostgreSQL keeps a declared parameter type: the value already fits
        }
        return resolved.type().fromText(literal(value), resolved.typmod());
    }

    /** The text pgJDBC sends for a typed value. */
    static String literal(Object value) {
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    /** Engine numeric values keep a scale >= 0, as numeric input gives them. */
    static BigDecimal numeric(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** PostgreSQL's error context for a parameter that does not convert (as the wire server adds). */
    static PgException withContext(PgException e, int number) {
        if (e.context() == null) {
            e.withContext("unnamed portal parameter $" + number + " = '...'");
        }
        return e;
    }

    // ---------------------------------------------------------------- date/time text, as pgJDBC writes it

    static String date(LocalDate date) {
        if (date.equals(LocalDate.MAX)) {
            return "infinity";
        }
        if (date.equals(LocalDate.MIN)) {
            return "-infinity";
        }
        StringBuilder sb = new StringBuilder(16);
        appendDate(sb, date);
        return sb.toString();
    }

    static String timestamp(LocalDateTime t) {
        if (t.equals(LocalDateTime.MAX)) {
            return "infinity";
        }
        if (t.equals(LocalDateTime.MIN)) {
            return "-infinity";
        }
        StringBuilder sb = new StringBuilder(32);
        appendDateTime(sb, t);
        appendEra(sb, t.toLocalDate());
        return sb.toString();
    }

    static String timestampTz(OffsetDateTime t) {
        if (t.equals(OffsetDateTime.MAX)) {
            return "infinity";
        }
        if (t.equals(OffsetDateTime.MIN)) {
            return "-infinity";
        }
        StringBuilder sb = new StringBuilder(40);
        appendDateTime(sb, t.toLocalDateTime());
        appendOffset(sb, t.getOffset());
        appendEra(sb, t.toLocalDate());
        return sb.toString();
    }

    /** java.sql.Timestamp: its wall-clock time in the calendar's zone, with that zone's offset. */
    static String timestamp(java.sql.Timestamp ts, Calendar cal) {
        if (ts.getTime() == ColumnValues.DATE_POSITIVE_INFINITY) {
            return "infinity";
        }
        if (ts.getTime() == ColumnValues.DATE_NEGATIVE_INFINITY) {
            return "-infinity";
        }
        ZoneId zone = cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
        ZonedDateTime at = ts.toInstant().atZone(zone);
        return timestampTz(at.toOffsetDateTime());
    }

    /** java.sql.Date: the day it denotes in the calendar's zone. */
    static String date(java.sql.Date d, Calendar cal) {
        if (d.getTime() == ColumnValues.DATE_POSITIVE_INFINITY) {
            return "infinity";
        }
        if (d.getTime() == ColumnValues.DATE_NEGATIVE_INFINITY) {
            return "-infinity";
        }
        ZoneId zone = cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
        return date(java.time.Instant.ofEpochMilli(d.getTime()).atZone(zone).toLocalDate());
    }

    private static void appendDate(StringBuilder sb, LocalDate d) {
        int year = d.getYear();
        int shown = year <= 0 ? 1 - year : year;
        pad(sb, shown, 4);
        sb.append('-');
        pad(sb, d.getMonthValue(), 2);
        sb.append('-');
        pad(sb, d.getDayOfMonth(), 2);
        if (year <= 0) {
            sb.append(" BC");
        }
    }

    private static void appendDateTime(StringBuilder sb, LocalDateTime exact) {
        // PostgreSQL keeps microseconds: round the nanoseconds half up, carrying into the seconds
        LocalDateTime t = exact.getNano() % 1000 == 0 ? exact
                : exact.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int year = t.getYear();
        int shown = year <= 0 ? 1 - year : year;
        pad(sb, shown, 4);
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append(' ');
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        int nanos = t.getNano();
        if (nanos > 0) {
            sb.append('.');
            pad(sb, nanos / 1000, 6);
        }
    }

    private static void appendEra(StringBuilder sb, LocalDate d) {
        if (d.getYear() <= 0) {
            sb.append(" BC");
        }
    }

    private static void appendOffset(StringBuilder sb, ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        sb.append(seconds < 0 ? '-' : '+');
        seconds = Math.abs(seconds);
        pad(sb, seconds / 3600, 2);
        sb.append(':');
        pad(sb, seconds / 60 % 60, 2);
        if (seconds % 60 != 0) {
            sb.append(':');
            pad(sb, seconds % 60, 2);
        }
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    static SQLException cannotInfer(Object x) {
        return new PgLiteSQLException("Can't infer the SQL type to use for an instance of " + x.getClass().getName()
                + ". Use setObject() with an explicit Types value to specify the type to use.", "07006");
    }
}
