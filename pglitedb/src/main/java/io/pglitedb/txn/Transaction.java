package io.pglitedb.txn;

/**
 * One transaction over the key space. Reads see the current statement snapshot plus the
 * transaction's own writes; writes are buffered (WriteBatchWithIndex) until {@link #commit}.
 * Not thread-safe: one session drives it.
 *
 * <p>READ COMMITTED: the session calls {@link #newStatementSnapshot()} before each statement.
 * Writers call {@link #lockForUpdate} on a row's key before changing it: it waits while another
 * transaction holds the row lock and then returns the newest committed (or own) value, which is
 * how a second concurrent UPDATE sees the first one's result, as in PostgreSQL.
 */
public final class Transaction {

    /** Takes a fresh snapshot for the next statement (READ COMMITTED). */
    public void newStatementSnapshot() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** @return the value visible to this transaction, or null */
    public byte[] get(byte[] key) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /**
     * Iterates visible key-values in [from, to) in key order, own writes merged in. The iterator
     * must be closed. Writes made while iterating need not be seen by that iterator.
     */
    public KeyValueIterator scan(byte[] from, byte[] to) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /**
     * Takes this row's exclusive lock (waiting, in Java, while another transaction holds it) and
     * returns the newest value: this transaction's own write if any, else the latest committed
     * value (not the snapshot's), or null if there is none.
     *
     * @throws io.pglitedb.error.PgException 57014 when the wait is cancelled
     */
    public byte[] lockForUpdate(byte[] key) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    public void put(byte[] key, byte[] value) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    public void delete(byte[] key) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** A savepoint of the write buffer, for statement-level rollback. */
    public void setSavepoint() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** Undoes the writes since the last {@link #setSavepoint()} (locks stay held). */
    public void rollbackToSavepoint() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** Drops the last savepoint, keeping its writes. */
    public void releaseSavepoint() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** True when this transaction has buffered writes. */
    public boolean hasWrites() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /**
     * Makes the writes visible and durable: returns only after the WAL holding them is synced
     * (group commit). Releases all locks. The transaction is finished afterwards.
     */
    public void commit() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** Discards the writes and releases all locks. Idempotent; safe after a failed commit. */
    public void rollback() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** Interrupts a lock wait of this transaction from another thread (CancelRequest). */
    public void cancelWait() {
        throw new UnsupportedOperationException("TODO(txn)");
    }
}
