package io.pglitedb.types;

/**
 * A time with time zone value: microseconds since midnight (0 .. 24:00:00) and the zone as
 * PostgreSQL stores it, in seconds west of UTC ({@code +05:30} is -19800). Equality and hashing
 * follow timetz_cmp: the same instant and the same zone.
 */
public record TimeTzValue(long micros, int zone) {
    /** The instant on PostgreSQL's comparison scale: local time plus the zone. */
    long instant() {
        return micros + zone * 1_000_000L;
    }
}
