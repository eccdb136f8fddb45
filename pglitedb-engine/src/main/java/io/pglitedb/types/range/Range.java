package io.pglitedb.types.range;

/**
 * A range value as rangetypes.c keeps it after range_serialize: either empty, or two bounds of the
 * subtype. A null {@code lower} / {@code upper} is an infinite (unbounded) side, which is never
 * inclusive. Values are only made by {@link RangeType#make}, which validates and canonicalizes them.
 */
public record Range(boolean empty, Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {
    public static final Range EMPTY = new Range(true, null, false, null, false);

    public Bound lowerBound() {
        return new Bound(lower, lower == null, lowerInclusive, true);
    }

    public Bound upperBound() {
        return new Bound(upper, upper == null, upperInclusive, false);
    }

    public boolean lowerInfinite() {
        return !empty && lower == null;
    }

    public boolean upperInfinite() {
        return !empty && upper == null;
    }

    /**
     * One side of a range (RangeBound): its value unless infinite, whether it includes the value,
     * and whether it is the lower side (which decides how an exclusive or infinite bound orders).
     */
    public record Bound(Object value, boolean infinite, boolean inclusive, boolean lower) {
        /** The same bound with the inclusion flag and side flipped, as range_minus and bounds_adjacent use it. */
        Bound flipped() {
            return new Bound(value, infinite, !inclusive, !lower);
        }

        Bound asSide(boolean newLower) {
            return new Bound(value, infinite, inclusive, newLower);
        }
    }
}
