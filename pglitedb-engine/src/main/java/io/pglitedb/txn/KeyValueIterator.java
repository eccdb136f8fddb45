package io.pglitedb.txn;

/**
 * A forward cursor over key-values. Usage:
 * <pre>
 * try (KeyValueIterator it = txn.scan(from, to)) {
 *     while (it.next()) { use(it.key(), it.value()); }
 * }
 * </pre>
 */
public interface KeyValueIterator extends AutoCloseable {
    /** Advances; false when exhausted. */
    boolean next();

    byte[] key();

    byte[] value();

    /** Sees one row of {@link #forEachRow}: the iterator stands on it; false stops the batch. */
    @FunctionalInterface
    interface RowVisitor {
        boolean visit(KeyValueIterator row);
    }

    /**
     * Advances over up to {@code max} rows, calling {@code visitor} on each, in one guarded call:
     * for a thread other than the transaction's (a parallel scan's worker), which must not race
     * {@link #close} (a close from the transaction waits for the batch to end). @return false when
     * the iterator is exhausted
     */
    default boolean forEachRow(int max, RowVisitor visitor) {
        for (int i = 0; i < max; i++) {
            if (!next()) {
                return false;
            }
            if (!visitor.visit(this)) {
                return true;
            }
        }
        return true;
    }

    /** True once closed (by its user, or by the transaction's commit or rollback). */
    default boolean isClosed() {
        return false;
    }

    @Override
    void close();
}
