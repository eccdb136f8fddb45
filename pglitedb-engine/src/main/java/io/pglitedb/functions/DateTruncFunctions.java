package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.IntervalValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.TimeZones;
import io.pglitedb.types.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** date_trunc (timestamp, timestamptz in the session or a given zone) and date_bin. */
final class DateTruncFunctions {
    private DateTruncFunctions() {
    }

    private static final long DAY = 86_400_000_000L;
    private static final long EPOCH_DAY_2000 = 10_957L;

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType text = Types.TEXT;
        PgType ts = Types.TIMESTAMP;
        PgType tz = Types.TIMESTAMPTZ;
        add(m, "date_trunc", ts, a -> truncate((String) a[0], (Long) a[1], "timestamp without time zone"), text, ts);
        add(m, "date_trunc", tz, a -> truncateWithZone((String) a[0], (Long) a[1], TimeZones.current().id()), text, tz);
        add(m, "date_trunc", tz, a -> truncateWithZone((String) a[0], (Long) a[1], TimeZoneFunctions.zone((String) a[2])),
                text, tz, text);
        add(m, "date_bin", ts, a -> bin((IntervalValue) a[0], (Long) a[1], (Long) a[2]), Types.INTERVAL, ts, ts);
        add(m, "date_bin", tz, a -> bin((IntervalValue) a[0], (Long) a[1], (Long) a[2]), Types.INTERVAL, tz, tz);
    }

    /** The units date_trunc takes (the others, such as epoch or dow, are "not recognized" for it). */
    private static String unit(String field) {
        String u = DateUnits.canonical(field);
        return u == null || u.equals("julian") || u.equals("epoch") || u.startsWith("timezone") || u.equals("dow")
                || u.equals("doy") || u.equals("isodow") || u.equals("isoyear") ? null : u;
    }

    /** timestamp_trunc on local time; @return null for an infinity (returned unchanged by the caller). */
    private static long truncLocal(String u, long local) {
        long days = Math.floorDiv(local, DAY);
        long time = Math.floorMod(local, DAY);
        LocalDate d = LocalDate.ofEpochDay(days + EPOCH_DAY_2000);
        switch (u) {
            case "microseconds":
                return local;
            case "milliseconds":
                return days * DAY + time / 1000 * 1000;
            case "second":
                return days * DAY + time / 1_000_000L * 1_000_000L;
            case "minute":
                return days * DAY + time / 60_000_000L * 60_000_000L;
            case "hour":
                return days * DAY + time / 3_600_000_000L * 3_600_000_000L;
            case "day":
                return days * DAY;
            case "week":
                return (d.minusDays(d.getDayOfWeek().getValue() - 1L).toEpochDay() - EPOCH_DAY_2000) * DAY;
            default:
                break;
        }
        int year = d.getYear();
        int month = d.getMonthValue();
        switch (u) {
            case "month" -> {
            }
            case "quarter" -> month = 3 * ((month - 1) / 3) + 1;
            case "year" -> month = 1;
            case "decade" -> {
                year = year > 0 ? year / 10 * 10 : -((8 - (year - 1)) / 10) * 10;
                month = 1;
            }
            case "century" -> {
                year = year > 0 ? (year + 99) / 100 * 100 - 99 : -((99 - (year - 1)) / 100) * 100 + 1;
                month = 1;
            }
            default -> {
                year = year > 0 ? (year + 999) / 1000 * 1000 - 999 : -((999 - (year - 1)) / 1000) * 1000 + 1;
                month = 1;
            }
        }
        return (LocalDate.of(year, month, 1).toEpochDay() - EPOCH_DAY_2000) * DAY;
    }

    private static Object truncate(String field, long ts, String typeName) {
        String u = unit(field);
        if (u == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type %s", field, typeName);
        }
        if (ts == Long.MAX_VALUE || ts == Long.MIN_VALUE) {
            return ts;
        }
        return truncLocal(u, ts);
    }

    private static Object truncateWithZone(String field, long utc, ZoneId zone) {
        String u = unit(field);
        if (u == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type %s", field,
                    "timestamp with time zone");
        }
        if (utc == Long.MAX_VALUE || utc == Long.MIN_VALUE) {
            return utc;
        }
        long local = TimestampType.toLocalIn(zone, utc);
        long offset = local - utc;
        long truncated = truncLocal(u, local);
        boolean redoZone = !(u.equals("microseconds") || u.equals("milliseconds") || u.equals("second")
                || u.equals("minute") || u.equals("hour"));
        return redoZone ? TimestampType.fromLocalIn(zone, truncated) : truncated - offset;
    }

    private static Object bin(IntervalValue stride, long ts, long origin) {
        if (ts == Long.MAX_VALUE || ts == Long.MIN_VALUE) {
            return ts;
        }
        if (origin == Long.MAX_VALUE || origin == Long.MIN_VALUE) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "origin out of range");
        }
        if (stride.months() != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "timestamps cannot be binned into intervals containing months or years");
        }
        long strideMicros;
        long diff;
        try {
            strideMicros = Math.addExact(Math.multiplyExact((long) stride.days(), DAY), stride.micros());
        } catch (ArithmeticException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        if (strideMicros <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "stride must be greater than zero");
        }
        try {
            diff = Math.subtractExact(ts, origin);
        } catch (ArithmeticException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        long modulo = diff % strideMicros;
        long result = origin + (diff - modulo);
        if (modulo < 0) {
            result -= strideMicros;
        }
        if (result < -211_813_488_000_000_000L || result >= 9_223_371_331_200_000_000L) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return result;
    }
}
