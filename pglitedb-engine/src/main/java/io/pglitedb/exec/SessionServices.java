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

    /**
     * What statements run by a procedural-language function are analysed with: the session's
     * current catalog view, identity and search path (null outside a session).
     */
    default io.pglitedb.sql.analyze.AnalyzerContext analyzerContext() {
        return null;
    }

    /**
     * Runs a utility statement (CREATE TABLE ...) for a function body, inside the running statement.
     *
     * @return the command tag
     */
    default String runUtility(io.pglitedb.sql.ast.Statement statement) {
        throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                "utility statements are not supported here");
    }

    /**
     * Starts a subtransaction (a PL/pgSQL block with an EXCEPTION clause): an internal savepoint.
     *
     * @return what {@link #rollbackSubtransaction} and {@link #releaseSubtransaction} take
     */
    default Object beginSubtransaction() {
        return null;
    }

    /** Undoes the writes and catalog changes made since {@code mark}, which ends. */
    default void rollbackSubtransaction(Object mark) {
    }

    /** Keeps what was done since {@code mark}, which ends. */
    default void releaseSubtransaction(Object mark) {
    }

    /** What runs trigger functions for this session's statements (null: triggers do not fire). */
    default TriggerInvoker triggerInvoker() {
        return null;
    }

    /** Per-session state of procedural languages (compiled function bodies by routine). */
    default java.util.Map<Object, Object> routineState() {
        return new java.util.HashMap<>();
    }

    /** The checks of deferrable constraints this session's transaction queued (null: checked at once). */
    default DeferredConstraints deferredConstraints() {
        return null;
    }
}
