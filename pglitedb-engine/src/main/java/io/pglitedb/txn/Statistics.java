package io.pglitedb.txn;

import java.util.concurrent.atomic.LongAdder;

/**
 * Engine-wide transaction counters since the database was opened: transactions committed and
 * rolled back (internal ones too), lock waits and deadlocks. LongAdders, so counting from many
 * sessions does not contend. Row counts are kept per database
 * ({@link io.pglitedb.stats.DatabaseActivity}), WAL syncs by the store
 * ({@link io.pglitedb.storage.Store#syncCount()}).
 */
public final class Statistics {
    private final LongAdder committed = new LongAdder();
    private final LongAdder rolledBack = new LongAdder();
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

    public long committedCount() {
        return committed.sum();
    }

    public long rolledBackCount() {
        return rolledBack.sum();
    }

    public long lockWaitCount() {
        return lockWaits.sum();
    }

    public long deadlockCount() {
        return deadlocks.sum();
    }
}
