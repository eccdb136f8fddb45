package io.pglitedb.storage;

import java.nio.file.Path;

/**
 * The one RocksDB of a data directory (or an in-memory RocksDB), with the commit path: a write
 * batch is applied without sync and a dedicated group-commit thread syncs the WAL for all commits
 * gathered so far (see package-info). Transactions go through {@link io.pglitedb.txn}; nothing
 * else writes to RocksDB.
 */
public final class Store implements AutoCloseable {

    /**
     * Opens or creates the database in {@code directory} (takes a lock file: a second process gets
     * an error, not corruption). @throws io.pglitedb.error.PgException 58030 when unusable
     */
    public static Store open(Path directory) {
        throw new UnsupportedOperationException("TODO(storage)");
    }

    /** A database that lives in memory only (RocksDB over an in-memory Env). */
    public static Store openInMemory() {
        throw new UnsupportedOperationException("TODO(storage)");
    }

    /** Flushes and closes RocksDB; waits for pending commits. Idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(storage)");
    }
}
