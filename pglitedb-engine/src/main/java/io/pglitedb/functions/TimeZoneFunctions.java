package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DateTimeText;
import io.pglitedb.types.IntervalValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TimeTzValue;
import io.pglitedb.types.TimeZones;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.Types;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * timezone(zone, value), which AT TIME ZONE calls: a timestamptz seen in a zone (timestamp), a
 * timestamp read as local time in a zone (timestamptz), a timetz moved to a zone. The zone is an
 * abbreviation (PST, a fixed offset), a tz database or POSIX zone name, or an interval.
 */
final class TimeZoneFunctions {
    private TimeZoneFunctions() {
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType text = Types.TEXT;
        PgType interval = Types.INTERVAL;
        add(m, "timezone", Types.TIMESTAMP, a -> toLocal(zone((String) a[0]), (Long) a[1]), text, Types.TIMESTAMPTZ);
        add(m, "timezone", Types.TIMESTAMPTZ, a -> fromLocal(zone((String) a[0]), (Long) a[1]), text, Types.TIMESTAMP);
        add(m, "timezone", Types.TIMETZ, a -> moveTime(zone((String) a[0]), (TimeTzValue) a[1]), text, Types.TIMETZ);
        add(m, "timezone", Types.TIMESTAMP, a -> toLocal(zone((IntervalValue) a[0]), (Long) a[1]), interval,
                Types.TIMESTAMPTZ);
        add(m, "timezone", Types.TIMESTAMPTZ, a -> fromLocal(zone((IntervalValue) a[0]), (Long) a[1]), interval,
                Types.TIMESTAMP);
        add(m, "timezone", Types.TIMETZ, a -> moveTime(zone((IntervalValue) a[0]), (TimeTzValue) a[1]), interval,
                Types.TIMETZ);
    }

    /** timestamp_zone's lookup: an abbreviation first, then a zone name. */
    static ZoneId zone(String name) {
        // dynamic abbreviations of PostgreSQL's Default set: their offset follows a zone's history
        if (name.equalsIgnoreCase("msk")) {
            return ZoneId.of("Europe/Moscow");
        }
        Integer offset = DateTimeText.abbreviationOffset(name);
        if (offset != null) {
            return ZoneOffset.ofTotalSeconds(offset);
        }
        return TimeZones.require(name).id();
    }

    static ZoneId zone(IntervalValue v) {
        if (v.months() != 0 || v.days() != 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "interval time zone \"%s\" must not include months or days",
                    Types.INTERVAL.toText(v, -1));
        }
        return ZoneOffset.ofTotalSeconds((int) (v.micros() / 1_000_000L));
    }

    private static Object toLocal(ZoneId zone, long utc) {
        if (utc == Long.MAX_VALUE || utc == Long.MIN_VALUE) {
            return utc;
        }
        return TimestampType.toLocalIn(zone, utc);
    }

    private static Object fromLocal(ZoneId zone, long local) {
        if (local == Long.MAX_VALUE || local == Long.MIN_VALUE) {
            return local;
        }
        return TimestampType.fromLocalIn(zone, local);
    }

    private static Object moveTime(ZoneId zone, TimeTzValue t) {
        int east = zone instanceof ZoneOffset o ? o.getTotalSeconds()
                : zone.getRules().getOffset(java.time.Instant.now()).getTotalSeconds();
        long day = 86_400_000_000L;
        long utc = t.micros() + t.zone() * 1_000_000L;
        long local = Math.floorMod(utc + east * 1_000_000L, day);
        return new TimeTzValue(local, -east);
    }
}
