package io.pglitedb.catalog;

import java.util.Objects;

/**
 * A FOREIGN KEY constraint of the referencing table: {@code columns} of this table reference
 * {@code referencedColumns} of the table with OID {@code referencedTable}, which must be that
 * table's primary key or carry a unique index on exactly those columns.
 *
 * @param matchFull MATCH FULL (else MATCH SIMPLE: a row with any null key column is not checked)
 * @param deferrable DEFERRABLE: its checks can wait for the end of the statement or the commit
 *     (only the referencing side's checks and NO ACTION; RESTRICT and the actions are immediate)
 * @param initiallyDeferred INITIALLY DEFERRED: checked at commit unless SET CONSTRAINTS says otherwise
 */
public record ForeignKey(String name, int[] columns, int referencedTable, int[] referencedColumns, Action onDelete,
        Action onUpdate, boolean matchFull, boolean deferrable, boolean initiallyDeferred) {
    /** What happens to referencing rows when a referenced row is deleted or its key changes. */
    public enum Action { NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT }

    public ForeignKey {
        Objects.requireNonNull(name, "name is null");
        columns = columns.clone();
        referencedColumns = referencedColumns.clone();
    }

    public ForeignKey(String name, int[] columns, int referencedTable, int[] referencedColumns, Action onDelete,
            Action onUpdate, boolean matchFull) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, matchFull, false, false);
    }

    /** The same constraint with other columns (ALTER TABLE shifting or renaming). */
    public ForeignKey with(String newName, int[] newColumns, int[] newReferencedColumns) {
        return new ForeignKey(newName, newColumns, referencedTable, newReferencedColumns, onDelete, onUpdate, matchFull,
                deferrable, initiallyDeferred);
    }

    /** The same constraint with other deferral (ALTER CONSTRAINT). */
    public ForeignKey withDeferral(boolean newDeferrable, boolean newInitiallyDeferred) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, matchFull,
                newDeferrable, newInitiallyDeferred);
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
