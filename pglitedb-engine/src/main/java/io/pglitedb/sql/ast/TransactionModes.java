package io.pglitedb.sql.ast;

/**
 * transaction_mode_list: each mode is null when not written. isolation is the level in lower
 * case ("read uncommitted", "read committed", "repeatable read", "serializable").
 */
public record TransactionModes(String isolation, Boolean readOnly, Boolean deferrable) {
    public static final TransactionModes NONE = new TransactionModes(null, null, null);

    public boolean isEmpty() {
        return isolation == null && readOnly == null && deferrable == null;
    }
}
