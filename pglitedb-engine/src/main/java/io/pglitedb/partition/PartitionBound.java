package io.pglitedb.partition;

import java.util.List;

/**
 * FOR VALUES of a partition (pg_class.relpartbound), with each value as its type's text form
 * (converted to the key column's type where it is compared).
 *
 * @param strategy the parent's strategy ({@link PartitionKey#RANGE}, ...), or {@link #DEFAULT}
 * @param listValues LIST: the values (a null entry is NULL)
 * @param lower RANGE: FROM, one datum per key part
 * @param upper RANGE: TO, one datum per key part
 * @param modulus HASH: MODULUS
 * @param remainder HASH: REMAINDER
 */
public record PartitionBound(char strategy, List<String> listValues, List<Datum> lower, List<Datum> upper,
        int modulus, int remainder) {
    /** The DEFAULT partition. */
    public static final char DEFAULT = 'd';

    /** A range bound's datum: a value, MINVALUE or MAXVALUE. */
    public record Datum(Kind kind, String value) {
        public enum Kind { MINVALUE, VALUE, MAXVALUE }

        public static Datum of(String value) {
            return new Datum(Kind.VALUE, value);
        }
    }

    public PartitionBound {
        listValues = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(listValues));
        lower = List.copyOf(lower);
        upper = List.copyOf(upper);
    }

    public static PartitionBound defaultBound() {
        return new PartitionBound(DEFAULT, List.of(), List.of(), List.of(), 0, 0);
    }

    public boolean isDefault() {
        return strategy == DEFAULT;
    }
}
