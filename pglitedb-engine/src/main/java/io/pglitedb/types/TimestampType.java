package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.time.ZoneId;

/**
 * timestamp [without time zone] (OID 1114) and timestamp with time zone (timestamptz, OID 1184):
 * Java {@link Long} microseconds since 2000-01-01 00:00:00 (for timestamptz, UTC), with
 * Long.MAX_VALUE / Long.MIN_VALUE as {@code infinity} / {@code -infinity}, exactly PostgreSQL's
 * int8 representation and binary format. The typmod is the fractional-seconds precision 0..6
 * (-1 for none); values are rounded to it half away from zero as AdjustTimestampForTypmod does.
 *
 * <p>One class serves both types because they differ only in the zone applied at the edges: a
 * timestamptz is printed in (and a zoneless input is read in) the session TimeZone, see
 * {@link DateTimeText#sessionZone()}. Casts between them and with date are the static methods below.
 */
public final class TimestampType extends PgType {
    private final boolean withZone;
    private final String errorName;

    TimestampType(boolean withZone) {
        super(withZone ? 1184 : 1114, withZone ? "timestamptz" : "timestamp", 8, TypeCategory.DATETIME);
        this.withZone = withZone;
        this.errorName = withZone ? "timestamp with time zone" : "timestamp";
    }

    /** True for timestamptz. */
    public boolean withZone() {
        return withZone;
    }

    @Override
    public String toText(Object value, int typmod) {
        long micros = (Long) value;
        if (!withZone) {
            return DateTimeText.formatTimestamp(micros, null);
        }
        return DateTimeText.formatTimestamptz(micros);
    }

    @Override
    public Object fromText(String text, int typmod) {
        DateTimeText.Parsed p = DateTimeText.parse(text, errorName);
        long result;
        switch (p.kind) {
            case DateTimeText.INFINITY:
                return Long.MAX_VALUE;
            case DateTimeText.NEG_INFINITY:
                return Long.MIN_VALUE;
            case DateTimeText.NOW:
                result = withZone ? p.nowMicros : timestampFromTimestamptz(p.nowMicros);
                break;
            default: {
                if (p.days < DateTimeText.MIN_DATE - 1 || p.days > DateTimeText.END_TIMESTAMP / DateTimeText.MICROS_PER_DAY) {
                    throw DateTimeText.outOfRange("timestamp", text);
                }
                long local = p.days * DateTimeText.MICROS_PER_DAY + p.timeMicros;
                if (withZone) {
                    ZoneId zone = p.zone != null ? p.zone : DateTimeText.sessionZone();
                    local -= DateTimeText.offsetAtLocal(zone, local) * DateTimeText.MICROS_PER_SECOND;
                }
                result = local;
                break;
            }
        }
        if (!isValid(result)) {
            throw DateTimeText.outOfRange("timestamp", text);
        }
        return round(result, typmod);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int64((Long) value);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 8);
        long micros = PgTypeSupport.readInt64(bytes, 0);
        if (!isInfinite(micros) && !isValid(micros)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return round(micros, typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return Long.compare((Long) a, (Long) b);
    }

    // ---- typmod

    /** Resolves timestamp(p): precision 0..6 (larger is reduced to 6, as PostgreSQL does with a warning). */
    static int typmod(int precision, boolean withZone) {
        if (precision < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "TIMESTAMP(%d)%s precision must not be negative",
                    precision, withZone ? " WITH TIME ZONE" : "");
        }
        // TODO: PostgreSQL also raises WARNING "TIMESTAMP(7) precision reduced to maximum allowed, 6"
        return Math.min(precision, 6);
    }

    private static final long[] SCALES = {1_000_000L, 100_000L, 10_000L, 1_000L, 100L, 10L, 1L};

    /** AdjustTimestampForTypmod: rounds to the typmod's precision, half away from zero. */
    public static long round(long micros, int typmod) {
        if (typmod < 0 || typmod >= 6 || isInfinite(micros)) {
            return micros;
        }
        long scale = SCALES[typmod];
        long half = scale / 2;
        long r = micros >= 0 ? (micros + half) / scale * scale : -((-micros + half) / scale * scale);
        if (!isValid(r)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return r;
    }

    static boolean isInfinite(long micros) {
        return micros == Long.MAX_VALUE || micros == Long.MIN_VALUE;
    }

    /** A finite value in PostgreSQL's range 4714-11-24 BC .. 294276-12-31 23:59:59.999999, or an infinity. */
    static boolean isValid(long micros) {
        return isInfinite(micros)
                || (micros >= DateTimeText.MIN_TIMESTAMP && micros < DateTimeText.END_TIMESTAMP);
    }

    private static PgException outOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }

    // ---- conversions (casts), in the session TimeZone

    /** timestamp to timestamptz: the wall-clock time read in the session zone. */
    public static long timestamptzFromTimestamp(long local) {
        if (isInfinite(local)) {
            return local;
        }
        long utc = local - DateTimeText.offsetAtLocal(DateTimeText.sessionZone(), local) * DateTimeText.MICROS_PER_SECOND;
        if (!isValid(utc)) {
            throw outOfRange();
        }
        return utc;
    }

    /** timestamp AT TIME ZONE zone: the wall-clock time read in that zone (a timestamptz). */
    public static long fromLocalIn(java.time.ZoneId zone, long local) {
        long utc = local - DateTimeText.offsetAtLocal(zone, local) * DateTimeText.MICROS_PER_SECOND;
        if (!isValid(utc)) {
            throw outOfRange();
        }
        return utc;
    }

    /** timestamptz AT TIME ZONE zone: that zone's wall-clock time at the instant (a timestamp). */
    public static long toLocalIn(java.time.ZoneId zone, long utc) {
        long local = utc + DateTimeText.offsetAtInstant(zone, utc) * DateTimeText.MICROS_PER_SECOND;
        if (!isValid(local)) {
            throw outOfRange();
        }
        return local;
    }

    /** timestamptz to timestamp: the session zone's wall-clock time at that instant. */
    public static long timestampFromTimestamptz(long utc) {
        if (isInfinite(utc)) {
            return utc;
        }
        long local = utc + DateTimeText.offsetAtInstant(DateTimeText.sessionZone(), utc) * DateTimeText.MICROS_PER_SECOND;
        if (!isValid(local)) {
            throw outOfRange();
        }
        return local;
    }

    /** date to timestamp: midnight. @throws PgException 22008 date out of range for timestamp */
    public static long timestampFromDate(int days) {
        if (days == Integer.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        if (days == Integer.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        if (days >= DateTimeText.END_TIMESTAMP / DateTimeText.MICROS_PER_DAY
                || days < DateTimeText.MIN_TIMESTAMP / DateTimeText.MICROS_PER_DAY) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range for timestamp");
        }
        return days * DateTimeText.MICROS_PER_DAY;
    }

    /** date to timestamptz: midnight in the session zone. */
    public static long timestamptzFromDate(int days) {
        long local = timestampFromDate(days);
        return timestamptzFromTimestamp(local);
    }

    /** timestamp to date: the day of the wall-clock time. */
    public static int dateFromTimestamp(long local) {
        if (local == Long.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        if (local == Long.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) Math.floorDiv(local, DateTimeText.MICROS_PER_DAY);
    }

    /** timestamptz to date: the day in the session zone. */
    public static int dateFromTimestamptz(long utc) {
        return dateFromTimestamp(timestampFromTimestamptz(utc));
    }

    /**
     * A date as a timestamp for comparison (date_cmp_timestamp): dates beyond the timestamp range
     * compare above (below) every finite timestamp instead of failing.
     */
    static long dateForComparison(int days) {
        if (days == Integer.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        if (days == Integer.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        if (days >= DateTimeText.END_TIMESTAMP / DateTimeText.MICROS_PER_DAY) {
            return Long.MAX_VALUE - 1;
        }
        if (days < DateTimeText.MIN_TIMESTAMP / DateTimeText.MICROS_PER_DAY) {
            return Long.MIN_VALUE + 1;
        }
        return days * DateTimeText.MICROS_PER_DAY;
    }

    /** A date as a timestamptz for comparison (midnight in the session zone), see {@link #dateForComparison}. */
    static long dateForComparisonWithZone(int days) {
        long local = dateForComparison(days);
        if (local >= Long.MAX_VALUE - 1 || local <= Long.MIN_VALUE + 1) {
            return local;
        }
        long utc = local - DateTimeText.offsetAtLocal(DateTimeText.sessionZone(), local) * DateTimeText.MICROS_PER_SECOND;
        return utc;
    }

    /** A timestamp as a timestamptz for comparison (timestamp_cmp_timestamptz): out-of-range results saturate. */
    static long timestampForComparisonWithZone(long local) {
        if (isInfinite(local)) {
            return local;
        }
        long utc = local - DateTimeText.offsetAtLocal(DateTimeText.sessionZone(), local) * DateTimeText.MICROS_PER_SECOND;
        if (utc >= DateTimeText.END_TIMESTAMP) {
            return Long.MAX_VALUE - 1;
        }
        if (utc < DateTimeText.MIN_TIMESTAMP) {
            return Long.MIN_VALUE + 1;
        }
        return utc;
    }

    /**
     * now(), current_timestamp: the transaction's start time with a precision typmod applied (-1 for
     * none).
     */
    public static long now(int typmod) {
        return round(TransactionClock.transactionStart(), typmod);
    }
}
