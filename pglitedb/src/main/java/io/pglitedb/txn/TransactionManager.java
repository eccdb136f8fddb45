package io.pglitedb.txn;

import io.pglitedb.storage.Store;

/** Starts transactions on a {@link Store}; owns the lock manager shared by all of them. */
public final class TransactionManager {

    public TransactionManager(Store store) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** Starts a READ COMMITTED transaction; its first statement snapshot is taken now. */
    public Transaction begin() {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /**
     * The largest committed key in [from, to), read outside any transaction (used to seed hidden
     * row-id counters at startup); null when the range is empty.
     */
    public byte[] lastCommittedKey(byte[] from, byte[] to) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** Every committed key-value in [from, to) in key order (catalog loading at startup). */
    public void scanCommitted(byte[] from, byte[] to, KeyValueConsumer consumer) {
        throw new UnsupportedOperationException("TODO(txn)");
    }

    /** Receives key-value pairs from a scan; return false to stop. */
    @FunctionalInterface
    public interface KeyValueConsumer {
        boolean accept(byte[] key, byte[] value);
    }
}
