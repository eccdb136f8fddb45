package io.pglitedb.txn;

/**
 * The process a lock wait happens on behalf of (PostgreSQL's PGPROC): a session, or a transaction
 * begun without one. The deadlock detector walks from backend to backend: a backend waits for at
 * most one lock at a time, on behalf of its transaction or of the session itself (session-level
 * advisory locks), and is blocked by the backends of that lock's conflicting holders and of the
 * conflicting requests queued before it.
 */
public final class Backend {
    private final int processId;
    /** The request this backend waits for, or null. Written under the lock's stripe. */
    volatile LockManager.Waiter waiting;
    /**
     * A cancel (CancelRequest, statement_timeout) of the running statement, kept so that a lock
     * wait the statement enters after the cancel arrived ends at once; cleared when a statement starts.
     */
    volatile io.pglitedb.error.PgException cancelPending;
    /** PostgreSQL's backend id (the first half of a virtual transaction id), 0 when not set. */
    private volatile int backendId;
    /** Transactions this backend has begun: the second half of the virtual transaction id. */
    volatile long localTransactions;
    /** Set while waiting for a safe snapshot (SERIALIZABLE READ ONLY DEFERRABLE). */
    volatile boolean waitingForSafeSnapshot;

    /** @param processId the pid reported in deadlock messages and pg_locks (0: none) */
    public Backend(int processId) {
        this.processId = processId;
    }

    public int processId() {
        return processId;
    }

    public int backendId() {
        return backendId;
    }

    public void setBackendId(int backendId) {
        this.backendId = backendId;
    }

    /** The current (or last) virtual transaction id as pg_locks shows it, "backendId/localId". */
    public String virtualTransaction() {
        return backendId + "/" + localTransactions;
    }

    /**
     * What this backend waits for, as pg_stat_activity's wait_event_type and wait_event show it
     * ({"Lock", "relation"}, {"Lock", "transactionid"}, {"Lock", "tuple"}, {"Lock", "advisory"},
     * {"IPC", "SafeSnapshot"}), or null.
     */
    public String[] waitEvent() {
        if (waitingForSafeSnapshot) {
            return new String[] {"IPC", "SafeSnapshot"};
        }
        LockManager.Waiter w = waiting;
        if (w == null || w.abandoned) {
            return null;
        }
        return new String[] {"Lock", LockManager.waitEventOf(w)};
    }

    /** True while this backend waits for a lock or a safe snapshot (any thread may ask). */
    public boolean isWaitingForLock() {
        if (waitingForSafeSnapshot) {
            return true;
        }
        LockManager.Waiter w = waiting;
        return w != null && !w.abandoned;
    }
}
