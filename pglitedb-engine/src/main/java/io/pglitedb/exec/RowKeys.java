package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.types.DataType;

/**
 * Where a table's rows live: {@code [database oid][storage id]} (see {@link TableDescriptor#storageId()}) then the primary key columns, or
 * the hidden 8-byte row id for tables without primary key.
 */
public final class RowKeys {
    private RowKeys() {
    }

    public static byte[] tablePrefix(int databaseOid, TableDescriptor table) {
        return new KeyEncoder().addInt(databaseOid).addInt(table.storageId()).toBytes();
    }

    /** The key of a row of a table with a primary key, from the row's values. */
    public static byte[] primaryKey(int databaseOid, TableDescriptor table, int[] pk, DataType[] types, Object[] row) {
        KeyEncoder key = new KeyEncoder().addInt(databaseOid).addInt(table.storageId());
        for (int column : pk) {
            key.add(types[column], row[column]);
        }
        return key.toBytes();
    }

    /** The key from primary key values given in key order. */
    public static byte[] primaryKeyFromValues(int databaseOid, TableDescriptor table, DataType[] keyTypes,
            Object[] keyValues) {
        KeyEncoder key = new KeyEncoder().addInt(databaseOid).addInt(table.storageId());
        for (int i = 0; i < keyValues.length; i++) {
            key.add(keyTypes[i], keyValues[i]);
        }
        return key.toBytes();
    }

    public static byte[] rowIdKey(int databaseOid, TableDescriptor table, long rowId) {
        return new KeyEncoder().addInt(databaseOid).addInt(table.storageId()).addLong(rowId).toBytes();
    }
}
