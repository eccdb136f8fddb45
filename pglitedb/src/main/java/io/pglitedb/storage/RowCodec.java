package io.pglitedb.storage;

import io.pglitedb.types.DataType;

/**
 * Encodes a table row as the value stored under its key: a header (format version, schema
 * version, the writer's version stamp), a null bitmap, then the columns. A row written before
 * ALTER TABLE ADD COLUMN decodes with the added columns as null (the caller fills defaults), so
 * adding a column never rewrites the table.
 */
public final class RowCodec {
    private RowCodec() {
    }

    public static byte[] encode(DataType[] columnTypes, Object[] values, int schemaVersion) {
        throw new UnsupportedOperationException("TODO(storage)");
    }

    /** Decodes into an array of {@code columnTypes.length} values. */
    public static Object[] decode(DataType[] columnTypes, byte[] row) {
        throw new UnsupportedOperationException("TODO(storage)");
    }
}
