package io.pglitedb.types;

/**
 * An interval value as PostgreSQL stores it: months, days and microseconds, kept apart because a
 * month and a day have no fixed length ({@code '1 mon'} and {@code '30 days'} are different
 * values). Equality and hashing follow interval_cmp: both spans are compared as if a month were
 * 30 days and a day 24 hours, so '1 mon' = '30 days' (and they group together).
 */
public record IntervalValue(int months, int days, long micros) {
    public static final IntervalValue ZERO = new IntervalValue(0, 0, 0);

    static final long MICROS_PER_DAY = 86_400_000_000L;

    /** Whole days of the span, with months as 30 days and the time folded in (floor). */
    long spanDays() {
        return months * 30L + days + Math.floorDiv(micros, MICROS_PER_DAY);
    }

    /** The time left after {@link #spanDays()}, 0 .. one day. */
    long spanRemainder() {
        return Math.floorMod(micros, MICROS_PER_DAY);
    }

    /** interval_cmp. */
    public int compareSpan(IntervalValue other) {
        int c = Long.compare(spanDays(), other.spanDays());
        return c != 0 ? c : Long.compare(spanRemainder(), other.spanRemainder());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalValue other && compareSpan(other) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(spanDays()) * 31 + Long.hashCode(spanRemainder());
    }
}
