package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DateTimeText;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** make_date, make_time, make_timestamp and make_timestamptz. */
final class DateTimeConstructors {
    private DateTimeConstructors() {
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType i = Types.INT4;
        PgType f = Types.FLOAT8;
        add(m, "make_date", Types.DATE, a -> date((Integer) a[0], (Integer) a[1], (Integer) a[2]), i, i, i);
        add(m, "make_time", Types.TIME, a -> time((Integer) a[0], (Integer) a[1], (Double) a[2]), i, i, f);
        add(m, "make_timestamp", Types.TIMESTAMP, a -> timestamp(a), i, i, i, i, i, f);
        add(m, "make_timestamptz", Types.TIMESTAMPTZ, a -> TimestampType.timestamptzFromTimestamp(timestamp(a)),
                i, i, i, i, i, f);
        add(m, "make_timestamptz", Types.TIMESTAMPTZ, a -> TimestampType.fromLocalIn(zone((String) a[6]), timestamp(a)),
                i, i, i, i, i, f, Types.TEXT);
    }

    private static int date(int year, int month, int day) {
        int y = year < 0 ? year + 1 : year;
        if (year == 0) {
            throw dateError(year, month, day);
        }
        LocalDate d;
        try {
            d = LocalDate.of(y, month, day);
        } catch (java.time.DateTimeException e) {
            throw dateError(year, month, day);
        }
        long days = d.toEpochDay() - 10_957L;
        if (days < DateTimeText.MIN_DATE || days >= DateTimeText.END_DATE) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: %d-%02d-%02d", year, month, day);
        }
        return (int) days;
    }

    private static PgException dateError(int year, int month, int day) {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date field value out of range: %d-%02d-%02d", year, month,
                day);
    }

    private static long time(int hour, int min, double sec) {
        if (hour < 0 || min < 0 || min > 59 || sec < 0 || sec > 60 || hour > 24
                || (hour == 24 && (min > 0 || sec > 0)) || Double.isNaN(sec)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "time field value out of range: %d:%02d:%s", hour, min,
                    gFormat(sec));
        }
        return ((hour * 60L + min) * 60L) * 1_000_000L + Math.round(sec * 1_000_000.0);
    }

    /** %02g as C prints it: 2.1 -> "2.1", 100.1 -> "100.1", 5 -> "05". */
    private static String gFormat(double v) {
        String s = Types.FLOAT8.toText(v, -1);
        return v < 10 && v >= 0 && s.length() < 2 ? "0" + s : s;
    }

    private static long timestamp(Object[] a) {
        int days = date((Integer) a[0], (Integer) a[1], (Integer) a[2]);
        long t = time((Integer) a[3], (Integer) a[4], (Double) a[5]);
        return days * DateTimeText.MICROS_PER_DAY + t;
    }

    /** parse_sane_timezone: +/-hh[:mm] (east), then abbreviations and zone names. */
    private static ZoneId zone(String name) {
        String s = name.strip();
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid input syntax for type numeric time zone: \"%s\"",
                    name).withHint("Numeric time zones must have \"-\" or \"+\" as first character.");
        }
        if (s.startsWith("+") || s.startsWith("-")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?(?::(\\d{2}))?")
                    .matcher(s);
            if (!m.matches()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid input syntax for type numeric time zone: \"%s\"",
                        name);
            }
            int h = Integer.parseInt(m.group(2));
            int mi = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h > 15) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "numeric time zone \"%s\" out of range", name);
            }
            int east = (h * 3600 + mi * 60) * (m.group(1).equals("-") ? -1 : 1);
            return ZoneOffset.ofTotalSeconds(east);
        }
        return TimeZoneFunctions.zone(name);
    }
}
