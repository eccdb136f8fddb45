package io.pglitedb.txn;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.Store;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;

/** Starts transactions on a {@link Store}; owns the lock manager shared by all of them. */
public final class TransactionManager {
    private final Store store;
    private final Statistics statistics = new Statistics();
    private final LockManager locks = new LockManager(statistics);
    private final SerializableConflicts serializable = new SerializableConflicts();
    /** Reads of the newest committed state (no snapshot); ReadOptions are only read by RocksDB. */
    private final ReadOptions latestReadOptions = new ReadOptions();
    /**
     * Transaction ids, seeded with the clock in microseconds so that they keep increasing across
     * restarts (unless the clock goes back or more than a million transactions a second are
     * sustained): a row's version stamp from before a restart never equals a new transaction's id.
     */
    private final AtomicLong nextId = new AtomicLong(System.currentTimeMillis() * 1000);

    public TransactionManager(Store store) {
        if (store == null) {
            throw new NullPointerException("store is null");
        }
        this.store = store;
        store.registerCloseHook(latestReadOptions);
        store.registerCloseHook(locks::shutdown);
    }

    /** Starts a READ COMMITTED transaction; its first statement snapshot is taken now. */
    public Transaction begin() {
        return begin(new Backend(0));
    }

    /** Starts a READ COMMITTED transaction whose lock waits are {@code backend}'s (a session's). */
    public Transaction begin(Backend backend) {
        backend.localTransactions++;
        return new Transaction(this, nextId.incrementAndGet(), backend);
    }

    /**
     * The lock table as pg_locks shows it (without the virtualxid and transactionid locks every
     * transaction holds on itself: the caller knows its transactions). Row locks live in
     * PostgreSQL's tuple headers, not in its lock table, so granted row locks do not appear;
     * a row-lock waiter appears as PostgreSQL's does (see {@link LockStatus}).
     */
    public java.util.List<LockStatus> lockStatus() {
        return LockStatus.of(locks.snapshot());
    }

    /**
     * Takes a session-level advisory lock for {@code owner} (pg_advisory_lock): held across
     * transactions until released.
     *
     * @return false when not free and policy is not BLOCK
     */
    public boolean lockAdvisory(LockOwner owner, int database, long key, int type, boolean shared,
            WaitPolicy policy) {
        return locks.acquire(owner, LockManager.advisoryKey(database, key, type),
                shared ? LockMode.SHARE : LockMode.EXCLUSIVE, policy);
    }

    /** Releases one session-level advisory lock grant; false if {@code owner} did not hold it. */
    public boolean unlockAdvisory(LockOwner owner, int database, long key, int type, boolean shared) {
        return locks.release(owner, LockManager.advisoryKey(database, key, type),
                shared ? LockMode.SHARE : LockMode.EXCLUSIVE);
    }

    /** Releases every lock {@code owner} holds (a session's advisory locks when it ends). */
    public void releaseAll(LockOwner owner) {
        locks.releaseAll(owner);
    }

    /** A new statement starts on {@code backend}: cancels sent to the previous one no longer apply. */
    public void clearCancel(Backend backend) {
        backend.cancelPending = null;
    }

    /**
     * Ends {@code backend}'s lock wait with {@code reason} (cancel, statement_timeout); a lock wait
     * the running statement starts later ends at once too.
     */
    public void cancelWait(Backend backend, io.pglitedb.error.PgException reason) {
        locks.cancelWait(backend, reason);
    }

    public Store store() {
        return store;
    }

    /** Activity counters (pg_stat_database's numbers) of everything this manager ran. */
    public Statistics statistics() {
        return statistics;
    }

    LockManager locks() {
        return locks;
    }

    SerializableConflicts serializable() {
        return serializable;
    }

    ReadOptions latestReadOptions() {
        return latestReadOptions;
    }

    /** deadlock_timeout: how long a lock waiter waits before it checks for a deadlock (default 1 s). */
    public void setDeadlockTimeout(Duration timeout) {
        locks.deadlockTimeoutMillis = Math.max(1, timeout.toMillis());
    }

    /** Number of row locks held right now (tests, monitoring). */
    public int lockCount() {
        return locks.lockCount();
    }

    /** The smallest committed key in [from, to), read outside any transaction; null when the range is empty. */
    public byte[] firstCommittedKey(byte[] from, byte[] to) {
        return boundaryKey(from, to, true);
    }

    /**
     * The largest committed key in [from, to), read outside any transaction (used to seed hidden
     * row-id counters at startup); null when the range is empty.
     */
    public byte[] lastCommittedKey(byte[] from, byte[] to) {
        return boundaryKey(from, to, false);
    }

    private byte[] boundaryKey(byte[] from, byte[] to, boolean first) {
        store.enter();
        try (ReadOptions options = new ReadOptions();
                Slice lower = from == null ? null : new Slice(from);
                Slice upper = to == null ? null : new Slice(to)) {
            if (lower != null) {
                options.setIterateLowerBound(lower);
            }
            if (upper != null) {
                options.setIterateUpperBound(upper);
            }
            try (RocksIterator it = store.db().newIterator(options)) {
                if (first) {
                    it.seekToFirst();
                } else {
                    it.seekToLast();
                }
                if (!it.isValid()) {
                    status(it);
                    return null;
                }
                return it.key();
            }
        } finally {
            store.exit();
        }
    }

    /** Every committed key-value in [from, to) in key order (catalog loading at startup). */
    public void scanCommitted(byte[] from, byte[] to, KeyValueConsumer consumer) {
        TransactionIterator iterator;
        store.enter();
        try {
            iterator = new TransactionIterator(null, store, null, null, from, to);
        } finally {
            store.exit();
        }
        try (TransactionIterator it = iterator) {
            while (it.next()) {
                if (!consumer.accept(it.key(), it.value())) {
                    return;
                }
            }
        }
    }

    private static void status(RocksIterator it) {
        try {
            it.status();
        } catch (RocksDBException e) {
            throw new PgException(SqlState.IO_ERROR, "could not scan: %s", e.getMessage());
        }
    }

    /** Receives key-value pairs from a scan; return false to stop. */
    @FunctionalInterface
    public interface KeyValueConsumer {
        boolean accept(byte[] key, byte[] value);
    }
}
