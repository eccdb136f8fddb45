package io.pglitedb.storage;

import io.pglitedb.types.DataType;

/**
 * Builds order-preserving ("memcomparable") keys: comparing the encoded bytes with unsigned
 * lexicographic order gives the same order as comparing the values with their type's
 * {@link io.pglitedb.types.PgType#compare}, column by column. NULLs sort last by default
 * (PostgreSQL's ASC NULLS LAST); descending columns are encoded inverted.
 *
 * <pre>
 * byte[] key = new KeyEncoder().addInt(dbOid).addInt(tableOid).add(INT4, 42).toBytes();
 * </pre>
 */
public final class KeyEncoder {

    /** Appends a raw unsigned 4-byte big-endian int (database / relation OIDs). */
    public KeyEncoder addInt(int value) {
        throw new UnsupportedOperationException("TODO(storage)");
    }

    /** Appends a raw 8-byte big-endian long, sign bit flipped so that order is preserved. */
    public KeyEncoder addLong(long value) {
        throw new UnsupportedOperationException("TODO(storage)");
    }

    /** Appends a typed value (null allowed) ascending, NULLS LAST. */
    public KeyEncoder add(DataType type, Object value) {
        return add(type, value, false, false);
    }

    public KeyEncoder add(DataType type, Object value, boolean descending, boolean nullsFirst) {
        throw new UnsupportedOperationException("TODO(storage)");
    }

    public byte[] toBytes() {
        throw new UnsupportedOperationException("TODO(storage)");
    }

    /** The smallest key greater than every key that starts with {@code prefix} (for range ends). */
    public static byte[] prefixEnd(byte[] prefix) {
        throw new UnsupportedOperationException("TODO(storage)");
    }
}
