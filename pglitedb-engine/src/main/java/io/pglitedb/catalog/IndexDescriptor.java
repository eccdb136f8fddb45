package io.pglitedb.catalog;

import java.util.Objects;

/**
 * A secondary index of a table (CREATE INDEX, or the index behind a UNIQUE constraint). Entries
 * live under {@code [database oid][index oid]}: the index columns (DESC and NULLS FIRST/LAST
 * encoded), then the row's key without its table prefix; the value is that row key suffix too,
 * so a reader finds the row without decoding the index columns. The OID is also the index's
 * storage id: TRUNCATE and table rewrites give the index a new one, like the table's.
 *
 * @param columns 0-based column indexes of the table, in index order
 * @param descending per index column
 * @param nullsFirst per index column
 * @param constraint true when the index implements a UNIQUE constraint of the same name
 * @param deferrable a DEFERRABLE unique constraint: its entries always carry the row key suffix
 *     (duplicates may exist for a while) and uniqueness is checked at the end of the statement or
 *     at commit ({@code io.pglitedb.exec.DeferredConstraints})
 * @param initiallyDeferred INITIALLY DEFERRED
 */
public record IndexDescriptor(int oid, String name, int[] columns, boolean[] descending, boolean[] nullsFirst,
        boolean unique, boolean constraint, boolean deferrable, boolean initiallyDeferred) {
    public IndexDescriptor {
        Objects.requireNonNull(name, "name is null");
        columns = columns.clone();
        descending = descending.clone();
        nullsFirst = nullsFirst.clone();
    }

    public IndexDescriptor(int oid, String name, int[] columns, boolean[] descending, boolean[] nullsFirst,
            boolean unique, boolean constraint) {
        this(oid, name, columns, descending, nullsFirst, unique, constraint, false, false);
    }

    /** The same index with other columns (ALTER TABLE DROP COLUMN shifting them). */
    public IndexDescriptor withColumns(int[] newColumns) {
        return new IndexDescriptor(oid, name, newColumns, descending, nullsFirst, unique, constraint, deferrable,
                initiallyDeferred);
    }

    /** A unique index whose entries are one per key value (a point read finds the only one). */
    public boolean immediateUnique() {
        return unique && !deferrable;
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    @Override
    public boolean[] descending() {
        return descending.clone();
    }

    @Override
    public boolean[] nullsFirst() {
        return nullsFirst.clone();
    }

    public int columnCount() {
        return columns.length;
    }

    public int column(int i) {
        return columns[i];
    }

    public boolean isDescending(int i) {
        return descending[i];
    }

    public boolean isNullsFirst(int i) {
        return nullsFirst[i];
    }

    /** The same index with its entries under another storage id (TRUNCATE, table rewrite). */
    public IndexDescriptor withStorage(int newOid) {
        return new IndexDescriptor(newOid, name, columns, descending, nullsFirst, unique, constraint, deferrable,
                initiallyDeferred);
    }

    public IndexDescriptor withName(String newName) {
        return new IndexDescriptor(oid, newName, columns, descending, nullsFirst, unique, constraint, deferrable,
                initiallyDeferred);
    }
}
