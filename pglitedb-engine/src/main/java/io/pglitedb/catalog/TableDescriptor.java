package io.pglitedb.catalog;

import io.pglitedb.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A table as the catalog stores it. Rows live under the key prefix
 * {@code [database oid][storage id]}; the rest of the key is the primary key columns, or a hidden
 * 8-byte row id when the table has no primary key.
 *
 * <p>The storage id is PostgreSQL's relfilenode: it starts equal to the OID and changes when
 * TRUNCATE or a rewriting ALTER TABLE gives the table new, empty storage in a transaction (the
 * old rows are range-deleted after commit; see {@link io.pglitedb.txn.PrivateStorage}).
 *
 * @param primaryKey 0-based column indexes of the primary key, in key order; empty when none
 * @param primaryKeyName the constraint's name ("accounts_pkey"), null when there is no key
 * @param schemaVersion bumped by every change of the column list (stored in each row header)
 */
public record TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns,
        int[] primaryKey, String primaryKeyName, int schemaVersion, int storageId) {

    /** A table whose rows live under its own OID (a new table). */
    public TableDescriptor(int oid, String schema, String name, List<ColumnDescriptor> columns, int[] primaryKey,
            String primaryKeyName, int schemaVersion) {
        this(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, oid);
    }

    public TableDescriptor {
        Objects.requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        primaryKey = primaryKey.clone();
    }

    /** The same table with its rows under another storage id (TRUNCATE, table rewrite). */
    public TableDescriptor withStorage(int newStorageId) {
        return new TableDescriptor(oid, schema, name, columns, primaryKey, primaryKeyName, schemaVersion, newStorageId);
    }

    public boolean hasPrimaryKey() {
        return primaryKey.length > 0;
    }

    /** @return the 0-based index of the column, or -1 */
    public int columnIndex(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    /** Column types in order, as the row codec needs them. */
    public DataType[] columnTypes() {
        DataType[] types = new DataType[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = columns.get(i).type();
        }
        return types;
    }

    @Override
    public int[] primaryKey() {
        return primaryKey.clone();
    }
}
