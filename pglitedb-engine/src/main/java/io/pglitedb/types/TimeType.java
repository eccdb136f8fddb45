package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * time [without time zone] (OID 1083): Java {@link Long} microseconds since midnight, 0 to
 * 24:00:00 inclusive, as PostgreSQL's int8 representation and binary format. Input accepts what
 * time_in does (a time of day, optionally after a date, am/pm, {@code allballs}); a zone in the
 * input is ignored. The typmod is the fractional-seconds precision 0..6.
 *
 * <p>time with time zone (timetz, OID 1266) is the same with a zone: {@link TimeTzValue}, printed
 * as {@code 04:05:06+05:30}, binary int8 time + int4 zone (seconds west of UTC), ordered by
 * timetz_cmp (instant, then zone). One class serves both, like {@link TimestampType}.
 */
public final class TimeType extends PgType {
    static final long MICROS_PER_DAY = 86_400_000_000L;
    private final boolean withZone;
    private final String errorName;

    TimeType(boolean withZone) {
        super(withZone ? 1266 : 1083, withZone ? "timetz" : "time", withZone ? 12 : 8, TypeCategory.DATETIME);
        this.withZone = withZone;
        this.errorName = withZone ? "time with time zone" : "time";
    }

    public boolean withZone() {
        return withZone;
    }

    @Override
    public String toText(Object value, int typmod) {
        if (!withZone) {
            return format((Long) value);
        }
        TimeTzValue v = (TimeTzValue) value;
        StringBuilder sb = new StringBuilder(format(v.micros()));
        appendZone(sb, v.zone());
        return sb.toString();
    }

    /** time_out: HH:MM:SS with the fraction's trailing zeros dropped. */
    static String format(long micros) {
        StringBuilder sb = new StringBuilder(15);
        long seconds = micros / 1_000_000;
        long fraction = micros % 1_000_000;
        pad2(sb, seconds / 3600);
        sb.append(':');
        pad2(sb, seconds / 60 % 60);
        sb.append(':');
        pad2(sb, seconds % 60);
        if (fraction != 0) {
            String digits = Long.toString(1_000_000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb.toString();
    }

    /** EncodeTimezone: +HH, +HH:MM or +HH:MM:SS east of UTC. */
    static void appendZone(StringBuilder sb, int zoneWest) {
        int east = -zoneWest;
        sb.append(east < 0 ? '-' : '+');
        int abs = Math.abs(east);
        pad2(sb, abs / 3600);
        int min = abs / 60 % 60;
        int sec = abs % 60;
        if (min != 0 || sec != 0) {
            sb.append(':');
            pad2(sb, min);
        }
        if (sec != 0) {
            sb.append(':');
            pad2(sb, sec);
        }
    }

    private static void pad2(StringBuilder sb, long v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    @Override
    public Object fromText(String text, int typmod) {
        String s = text.strip();
        DateTimeText.Parsed p;
        if (s.equalsIgnoreCase("allballs")) {
            return withZone ? new TimeTzValue(0, 0) : 0L;
        }
        try {
            p = DateTimeText.parse("2000-01-01 " + s, errorName);
        } catch (PgException first) {
            try {
                p = DateTimeText.parse(s, errorName);
            } catch (PgException e) {
                throw new PgException(first.state(), first.getMessage().replace("2000-01-01 " + s, text));
            }
        }
        if (p.kind != DateTimeText.FIELDS || !p.hasTime && p.days == 0) {
            if (p.kind == DateTimeText.FIELDS && !p.hasTime) {
                return withZone ? new TimeTzValue(0, zoneOf(p, 0)) : 0L;
            }
            throw DateTimeText.invalidSyntax(errorName, text);
        }
        long micros = round(p.timeMicros, typmod);
        if (!withZone) {
            return micros;
        }
        return new TimeTzValue(micros, zoneOf(p, p.days * MICROS_PER_DAY + p.timeMicros));
    }

    private static int zoneOf(DateTimeText.Parsed p, long local) {
        java.time.ZoneId zone = p.zone != null ? p.zone : DateTimeText.sessionZone();
        return -DateTimeText.offsetAtLocal(zone, local);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        if (!withZone) {
            return PgTypeSupport.int64((Long) value);
        }
        TimeTzValue v = (TimeTzValue) value;
        byte[] b = new byte[12];
        System.arraycopy(PgTypeSupport.int64(v.micros()), 0, b, 0, 8);
        System.arraycopy(PgTypeSupport.int32(v.zone()), 0, b, 8, 4);
        return b;
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, withZone ? 12 : 8);
        long micros = PgTypeSupport.readInt64(bytes, 0);
        if (micros < 0 || micros > MICROS_PER_DAY) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "time out of range");
        }
        if (!withZone) {
            return round(micros, typmod);
        }
        int zone = PgTypeSupport.readInt32(bytes, 8);
        if (zone <= -15 * 3600 - 59 * 60 - 60 || zone >= 15 * 3600 + 59 * 60 + 60) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "time zone displacement out of range");
        }
        return new TimeTzValue(round(micros, typmod), zone);
    }

    @Override
    public int compare(Object a, Object b) {
        if (!withZone) {
            return Long.compare((Long) a, (Long) b);
        }
        TimeTzValue x = (TimeTzValue) a;
        TimeTzValue y = (TimeTzValue) b;
        int c = Long.compare(x.instant(), y.instant());
        return c != 0 ? c : Integer.compare(x.zone(), y.zone());
    }

    // ---- typmod and arithmetic

    private static final long[] SCALES = {1_000_000L, 100_000L, 10_000L, 1_000L, 100L, 10L, 1L};

    /** time(p): rounds half up to p fractional digits (AdjustTimeForTypmod). */
    public static long round(long micros, int typmod) {
        if (typmod < 0 || typmod >= 6) {
            return micros;
        }
        long scale = SCALES[typmod];
        return (micros + scale / 2) / scale * scale;
    }

    static int typmod(int precision) {
        if (precision < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "TIME(%d) precision must not be negative",
                    precision);
        }
        return Math.min(precision, 6);
    }

    /** time + interval: the interval's time part, wrapped around midnight. */
    public static long plus(long time, IntervalValue span) {
        return Math.floorMod(time + span.micros() % MICROS_PER_DAY, MICROS_PER_DAY);
    }

    public static TimeTzValue plus(TimeTzValue t, IntervalValue span) {
        return new TimeTzValue(plus(t.micros(), span), t.zone());
    }

    /** interval_time: the time part of an interval, modulo a day. */
    public static long fromInterval(IntervalValue span) {
        return Math.floorMod(span.micros(), MICROS_PER_DAY);
    }

    /** time to timetz in the session TimeZone (today's offset). */
    public static TimeTzValue withSessionZone(long time) {
        long now = DateTimeText.nowMicros();
        return new TimeTzValue(time, -DateTimeText.offsetAtInstant(DateTimeText.sessionZone(), now));
    }

    /** The time of day of a timestamp (local microseconds). */
    public static long ofTimestamp(long local) {
        return Math.floorMod(local, MICROS_PER_DAY);
    }
}
