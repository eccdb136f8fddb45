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

    /** @param processId the pid reported in deadlock messages and pg_locks (0: none) */
    public Backend(int processId) {
        this.processId = processId;
    }

    public int processId() {
        return processId;
    }

    /** True while this backend waits for a lock (any thread may ask). */
    public boolean isWaitingForLock() {
        LockManager.Waiter w = waiting;
        return w != null && !w.abandoned;
    }
}
