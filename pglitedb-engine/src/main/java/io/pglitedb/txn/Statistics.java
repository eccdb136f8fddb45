package io.pglitedb.txn;

import java.util.concurrent.atomic.LongAdder;

/**
 * Engine-wide activity counters since the database was opened, as PostgreSQL's
 * pg_stat_database keeps them per database: transactions committed and rolled back, rows
 * returned to clients and written by INSERT/UPDATE/DELETE/COPY, and lock waits. LongAdders, so
 * counting from many sessions does not contend. WAL syncs are counted by the store
 * ({@link io.pglitedb.storage.Store#syncCount()}).
 */
public final class Statistics {
    private final LongAdder committed = new LongAdder();
    private final LongAdder rolledBack = new LongAdder();
    private final LongAdder rowsReturned = new LongAdder();
    private final LongAdder rowsInserted = new LongAdder();
    private final LongAdder rowsUpdated = new LongAdder();
    private final LongAdder rowsDeleted = new LongAdder();
    private final LongAdder lockWaits = new LongAdder();
    private final LongAdder deadlocks = new LongAdder();

    void committed() {
        committed.increment();
    }

    void rolledBack() {
        rolledBack.increment();
    }

    void lockWait() {
        lockWaits.increment();
    }

    void deadlock() {
        deadlocks.increment();
    }

    /** Rows sent to a client by a query (or RETURNING). */
    public void rowsReturned(long n) {
        rowsReturned.add(n);
    }

    public void rowsInserted(long n) {
        rowsInserted.add(n);
    }

    public void rowsUpdated(long n) {
        rowsUpdated.add(n);
    }

    public void rowsDeleted(long n) {
        rowsDeleted.add(n);
    }

    public long committedCount() {
        return committed.sum();
    }

    public long rolledBackCount() {
        return rolledBack.sum();
    }

    public long rowsReturnedCount() {
        return rowsReturned.sum();
    }

    public long rowsInsertedCount() {
        return rowsInserted.sum();
    }

    public long rowsUpdatedCount() {
        return rowsUpdated.sum();
    }

    public long rowsDeletedCount() {
        return rowsDeleted.sum();
    }

    public long lockWaitCount() {
        return lockWaits.sum();
    }

    public long deadlockCount() {
        return deadlocks.sum();
    }
}
