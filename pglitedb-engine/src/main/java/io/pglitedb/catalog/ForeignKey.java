package io.pglitedb.catalog;

import java.util.Objects;

/**
 * A FOREIGN KEY constraint of the referencing table: {@code columns} of this table reference
 * {@code referencedColumns} of the table with OID {@code referencedTable}, which must be that
 * table's primary key or carry a unique index on exactly those columns.
 *
 * @param matchFull MATCH FULL (else MATCH SIMPLE: a row with any null key column is not checked)
 */
public record ForeignKey(String name, int[] columns, int referencedTable, int[] referencedColumns, Action onDelete,
        Action onUpdate, boolean matchFull) {
    /** What happens to referencing rows when a referenced row is deleted or its key changes. */
    public enum Action { NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT }

    public ForeignKey {
        Objects.requireNonNull(name, "name is null");
        columns = columns.clone();
        referencedColumns = referencedColumns.clone();
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    @Override
    public int[] referencedColumns() {
        return referencedColumns.clone();
    }
}
