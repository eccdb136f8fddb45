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

    @Override
    void close();
}
