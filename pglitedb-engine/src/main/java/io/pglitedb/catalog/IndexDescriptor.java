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
 * @param expressions per index column: null for a table column, else the indexed expression's SQL
 *     text over the table's columns (its entry in {@code columns} is then -1); null when the index
 *     has no expressions
 * @param predicate a partial index's WHERE condition as SQL text (only rows where it is true have
 *     entries), or null
 * @param included 0-based table column indexes of the INCLUDE columns: shown in the catalogs, not
 *     part of the entries' keys (uniqueness and lookups use the key columns only) and not stored
 *     in the entries (an index-only scan cannot read them)
 * @param method the access method as created ({@link #BTREE} or {@link #HASH}); both are stored
 *     as ordered entries, but a hash index answers equality lookups only, as in PostgreSQL
 */
public record IndexDescriptor(int oid, String name, int[] columns, boolean[] descending, boolean[] nullsFirst,
        boolean unique, boolean constraint, boolean deferrable, boolean initiallyDeferred, String[] expressions,
        String predicate, int[] included, String method) {
    public static final String BTREE = "btree";
    public static final String HASH = "hash";

    public IndexDescriptor {
        Objects.requireNonNull(name, "name is null");
        columns = columns.clone();
        descending = descending.clone();
        nullsFirst = nullsFirst.clone();
        expressions = expressions == null ? null : expressions.clone();
        included = included.clone();
        Objects.requireNonNull(method, "method is null");
    }

    public IndexDescriptor(int oid, String name, int[] columns, boolean[] descending, boolean[] nullsFirst,
            boolean unique, boolean constraint, boolean deferrable, boolean initiallyDeferred, String[] expressions,
            String predicate) {
        this(oid, name, columns, descending, nullsFirst, unique, constraint, deferrable, initiallyDeferred, expressions,
                predicate, new int[0], BTREE);
    }

    public IndexDescriptor(int oid, String name, int[] columns, boolean[] descending, boolean[] nullsFirst,
            boolean unique, boolean constraint, boolean deferrable, boolean initiallyDeferred) {
        this(oid, name, columns, descending, nullsFirst, unique, constraint, deferrable, initiallyDeferred, null,
                null);
    }

    public IndexDescriptor(int oid, String name, int[] columns, boolean[] descending, boolean[] nullsFirst,
            boolean unique, boolean constraint) {
        this(oid, name, columns, descending, nullsFirst, unique, constraint, false, false);
    }

    /** The same index with other columns (ALTER TABLE DROP COLUMN shifting them). */
    public IndexDescriptor withColumns(int[] newColumns) {
        return new IndexDescriptor(oid, name, newColumns, descending, nullsFirst, unique, constraint, deferrable,
                initiallyDeferred, expressions, predicate, included, method);
    }

    /** The same index, DEFERRABLE [INITIALLY DEFERRED] or not. */
    public IndexDescriptor withDeferral(boolean newDeferrable, boolean newInitiallyDeferred) {
        return new IndexDescriptor(oid, name, columns, descending, nullsFirst, unique, constraint, newDeferrable,
                newInitiallyDeferred, expressions, predicate, included, method);
    }

    /** The same index with other expressions and predicate (a column renamed; decoding). */
    public IndexDescriptor withExpressions(String[] newExpressions, String newPredicate) {
        return new IndexDescriptor(oid, name, columns, descending, nullsFirst, unique, constraint, deferrable,
                initiallyDeferred, newExpressions, newPredicate, included, method);
    }

    /** True when some index column is an expression or the index is partial: only plain column indexes serve constraints. */
    public boolean hasExpressionsOrPredicate() {
        return expressions != null || predicate != null;
    }

    /** The SQL text of index column {@code i} when it is an expression, else null. */
    public String expression(int i) {
        return expressions == null ? null : expressions[i];
    }

    @Override
    public String[] expressions() {
        return expressions == null ? null : expressions.clone();
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

    @Override
    public int[] included() {
        return included.clone();
    }

    /** The same index with its INCLUDE columns and access method (decoding). */
    public IndexDescriptor withIncludedAndMethod(int[] newIncluded, String newMethod) {
        return new IndexDescriptor(oid, name, columns, descending, nullsFirst, unique, constraint, deferrable,
                initiallyDeferred, expressions, predicate, newIncluded, newMethod);
    }

    /** Whether the index has INCLUDE columns or another access method than btree (its catalog entry says so). */
    public boolean hasIncludedOrMethod() {
        return included.length > 0 || !method.equals(BTREE);
    }

    /** Key columns plus INCLUDE columns (pg_index.indnatts). */
    public int attributeCount() {
        return columns.length + included.length;
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
                initiallyDeferred, expressions, predicate, included, method);
    }

    public IndexDescriptor withName(String newName) {
        return new IndexDescriptor(oid, newName, columns, descending, nullsFirst, unique, constraint, deferrable,
                initiallyDeferred, expressions, predicate, included, method);
    }
}
