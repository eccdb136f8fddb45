package io.pglitedb.exec;

import io.pglitedb.txn.LockOwner;

/**
 * What functions that act on the session rather than on values need from it (advisory locks,
 * pg_backend_pid, signalling other backends). The session hands it to each statement's
 * {@link ExecContext}; the executor never sees the session itself.
 */
public interface SessionServices {
    /** pg_backend_pid(). */
    int processId();

    /** The owner of this session's session-level advisory locks (released when it ends). */
    LockOwner sessionLocks();

    /**
     * pg_cancel_backend / pg_terminate_backend on another session.
     *
     * @return false (after a WARNING) when no session has this process id
     * @throws io.pglitedb.error.PgException 42501 when the current role may not signal it
     */
    boolean signalBackend(int processId, boolean terminate);

    /** Sends a NOTICE or WARNING to the client (severity set on the exception). */
    void notice(io.pglitedb.error.PgException notice);

    /** The engine's table counters (pg_stat_*_tables), or null when not counted. */
    default io.pglitedb.stats.TableActivity tableActivity() {
        return null;
    }
}
