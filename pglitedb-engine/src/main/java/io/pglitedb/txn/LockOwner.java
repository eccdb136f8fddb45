package io.pglitedb.txn;

import java.util.ArrayList;

/**
 * Who holds locks: a transaction (released at its end), or a session (session-level advisory
 * locks, released by unlock or when the session ends). Driven by one thread at a time.
 */
public final class LockOwner {
    final Backend backend;
    /** Every (lock, mode) granted, oldest first; a savepoint remembers the size to release back to. */
    final ArrayList<LockManager.Held> held = new ArrayList<>(4);
    /** Waits longer than this fail with 55P03 (lock_timeout; 0 = wait as long as needed). */
    long lockTimeoutMillis;
    /** Number of requests that had to wait (a caller compares it before and after a request). */
    long waits;
    /** deadlock_timeout of this owner's session (0 = the lock manager's default). */
    long deadlockTimeoutMillis;
    /** Transaction id of the owning transaction for messages, or 0 for a session. */
    final long transactionId;

    LockOwner(Backend backend, long transactionId) {
        this.backend = backend;
        this.transactionId = transactionId;
    }

    /** A session's owner of session-level locks. */
    public static LockOwner forSession(Backend backend) {
        return new LockOwner(backend, 0);
    }

    public Backend backend() {
        return backend;
    }

    /** Number of (lock, mode) grants held. */
    public int heldCount() {
        return held.size();
    }
}
