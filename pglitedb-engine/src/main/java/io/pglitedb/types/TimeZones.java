package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TimeZone setting: zone names from the JDK's tz database (case-insensitive, as PostgreSQL
 * matches them), POSIX-style specs ({@code UTC-2}, {@code <-01:30>+01:30}, {@code +02:00}: the
 * offset counts hours WEST of Greenwich, as in POSIX) and plain numbers of hours east
 * ({@code SET TIME ZONE -1.5}), and the abbreviation a zone has at an instant (PST, PDT, LMT
 * before its first transition, -01:30 for a fixed offset). The session publishes its zone for
 * its thread before each statement ({@link #use}).
 */
public final class TimeZones {
    private TimeZones() {
    }

    /** A resolved setting: the zone, and for POSIX/offset zones the fixed abbreviation. */
    public record Zone(ZoneId id, String abbreviation, String display) {
    }

    private static final Zone UTC = new Zone(ZoneOffset.UTC, "UTC", "UTC");
    private static final ThreadLocal<Zone> CURRENT = new ThreadLocal<>();
    private static final Map<String, Zone> CACHE = new ConcurrentHashMap<>();
    private static volatile Map<String, String> names;
    private static final Pattern POSIX = Pattern.compile(
            "(?:<([^>]+)>|([A-Za-z]{3,}))?([+-]?)(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?(?:(<[^>]+>|[A-Za-z]{3,}).*)?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** The zone of the session running on this thread (UTC outside a session). */
    public static Zone current() {
        Zone z = CURRENT.get();
        return z == null ? UTC : z;
    }

    /** Publishes the TimeZone setting's value for this thread. */
    public static void use(String setting) {
        CURRENT.set(setting == null ? null : forSetting(setting));
    }

    /** Makes {@code zone} (resolved by {@link #forSetting}) the zone of this thread. */
    public static void set(Zone zone) {
        CURRENT.set(zone);
    }

    /** The zone a TimeZone setting's value names; UTC when it names none. */
    public static Zone forSetting(String setting) {
        Zone z = resolve(setting);
        return z == null ? UTC : z;
    }

    /** @return the zone a TimeZone setting names, or null when it names none */
    public static Zone resolve(String setting) {
        String s = setting.strip();
        Zone cached = CACHE.get(s);
        if (cached != null) {
            return cached;
        }
        Zone z = compute(s);
        if (z != null) {
            CACHE.put(s, z);
        }
        return z;
    }

    /** The tz database zone of this name (any case), or null. */
    public static ZoneId named(String name) {
        Map<String, String> m = names;
        if (m == null) {
            m = new HashMap<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                m.put(id.toLowerCase(Locale.ROOT), id);
            }
            m.put("utc", "UTC");
            names = m;
        }
        String id = m.get(name.toLowerCase(Locale.ROOT));
        return id == null ? null : ZoneId.of(id);
    }

    private static Zone compute(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (NUMBER.matcher(s).matches()) {
            // hours east of Greenwich
            double hours = Double.parseDouble(s);
            return fixed((int) Math.round(hours * 3600));
        }
        ZoneId id = named(s);
        if (id != null) {
            String display = id.getId();
            return new Zone(id.getId().equals("UTC") || id.getId().equals("Etc/UTC") ? id : id, null, display);
        }
        Matcher m = POSIX.matcher(s);
        if (m.matches()) {
            int seconds = Integer.parseInt(m.group(4)) * 3600
                    + (m.group(5) != null ? Integer.parseInt(m.group(5)) * 60 : 0)
                    + (m.group(6) != null ? Integer.parseInt(m.group(6)) : 0);
            if (seconds > 24 * 3600) {
                return null;
            }
            int east = m.group(3).equals("-") ? seconds : -seconds;
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (name == null) {
                name = offsetAbbreviation(east);
            }
            return new Zone(ZoneOffset.ofTotalSeconds(east), name, s);
        }
        return null;
    }

    /** A fixed zone this many seconds east of Greenwich, shown as PostgreSQL shows it: {@code <-01:30>+01:30}. */
    public static Zone fixed(int eastSeconds) {
        String abbreviation = offsetAbbreviation(eastSeconds);
        StringBuilder display = new StringBuilder("<").append(abbreviation).append('>');
        int west = -eastSeconds;
        display.append(west < 0 ? '-' : '+');
        appendHms(display, Math.abs(west), true);
        return new Zone(ZoneOffset.ofTotalSeconds(eastSeconds), abbreviation, display.toString());
    }

    /** tzdb's numeric abbreviation for an offset: +04, -01:30 (as PostgreSQL prints fixed zones). */
    static String offsetAbbreviation(int eastSeconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(eastSeconds < 0 ? '-' : '+');
        appendHms(sb, Math.abs(eastSeconds), true);
        return sb.toString();
    }

    private static void appendHms(StringBuilder sb, int seconds, boolean pad) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int sec = seconds % 60;
        if (h < 10 && pad) {
            sb.append('0');
        }
        sb.append(h);
        if (m != 0 || sec != 0) {
            sb.append(':');
            if (m < 10) {
                sb.append('0');
            }
            sb.append(m);
        }
        if (sec != 0) {
            sb.append(':');
            if (sec < 10) {
                sb.append('0');
            }
            sb.append(sec);
        }
    }

    private static final Map<ZoneId, String[]> SHORT_NAMES = new ConcurrentHashMap<>();

    /** The abbreviation of the zone at a UTC instant (seconds since 1970). */
    public static String abbreviation(Zone zone, long epochSecond) {
        if (zone.abbreviation() != null) {
            return zone.abbreviation();
        }
        ZoneId id = zone.id();
        ZoneRules rules = id.getRules();
        Instant instant = Instant.ofEpochSecond(epochSecond);
        if (!rules.getTransitions().isEmpty() && instant.isBefore(rules.getTransitions().get(0).getInstant())) {
            return "LMT";
        }
        String[] shortNames = SHORT_NAMES.computeIfAbsent(id, z -> {
            java.util.TimeZone tz = java.util.TimeZone.getTimeZone(z);
            return new String[] {tz.getDisplayName(false, java.util.TimeZone.SHORT, Locale.US),
                tz.getDisplayName(true, java.util.TimeZone.SHORT, Locale.US)};
        });
        String name = shortNames[rules.isDaylightSavings(instant) ? 1 : 0];
        if (name.startsWith("GMT") && name.length() > 3) {
            // the tz database's numeric abbreviations have no colon: +0845, -03
            return offsetAbbreviation(rules.getOffset(instant).getTotalSeconds()).replace(":", "");
        }
        return name;
    }

    /** @throws PgException 22023 time zone "x" not recognized */
    public static Zone require(String name) {
        Zone z = resolve(name);
        if (z == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"%s\" not recognized", name);
        }
        return z;
    }
}
