package io.pglitedb.session;

import java.util.Map;

/**
 * One client's session: settings, transaction state, prepared statements and portals. Not
 * thread-safe: one connection drives it (only {@link Database#cancel} comes from elsewhere).
 *
 * <p>Simple query: {@link #simpleQuery}. Extended query: {@link #parse}, {@link #bind},
 * {@link #describeStatement} / {@link #describePortal}, {@link #execute}, {@link #close*}, and
 * {@link #sync} at Sync. Every method reports failure by throwing
 * {@link io.pglitedb.error.PgException}; the session has then already aborted the transaction
 * (state FAILED inside a block, rolled back otherwise). The front end only reports the error.
 */
public final class Session implements AutoCloseable {

    public int processId() {
        throw new UnsupportedOperationException("TODO(session)");
    }

    public int secretKey() {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** The ParameterStatus values to send after authentication, in order. */
    public Map<String, String> reportedParameters() {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /**
     * Reported settings changed since the last call (by SET, RESET, ...), to send as
     * ParameterStatus before ReadyForQuery; empty when nothing changed.
     */
    public Map<String, String> takeChangedParameters() {
        throw new UnsupportedOperationException("TODO(session)");
    }

    public TransactionStatus transactionStatus() {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /**
     * Runs a simple-query string: one or more statements, each reported to the sink (columns,
     * rows, complete), or {@link ResultSink#emptyQuery()} for an empty string. Stops at the first
     * error by throwing it; results already delivered stay delivered.
     */
    public void simpleQuery(String sql, ResultSink sink) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /**
     * Parse: prepares {@code sql} (at most one statement) as {@code name} ("" = unnamed, replacing
     * the previous unnamed one). {@code parameterTypeOids} may be shorter than the number of
     * parameters used and may contain 0 for "infer".
     */
    public void parse(String name, String sql, int[] parameterTypeOids) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** @throws io.pglitedb.error.PgException 26000 prepared statement "x" does not exist */
    public StatementDescription describeStatement(String name) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /**
     * Bind: creates portal {@code portalName} from statement {@code statementName} with parameter
     * values already decoded to the statement's parameter types (see
     * {@link #describeStatement}); the result format codes are kept with the portal.
     */
    public void bind(String portalName, String statementName, Object[] parameters, short[] resultFormats) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** The portal's result columns (null when it returns no rows). @throws 34000 if unknown */
    public java.util.List<ResultColumn> describePortal(String portalName) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** The result format codes given at Bind (0 text, 1 binary; PostgreSQL's 0/1/N rule). */
    public short[] portalResultFormats(String portalName) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /**
     * Execute: runs or continues the portal, delivering at most {@code maxRows} rows (0 = all).
     * Does not call {@link ResultSink#columns}.
     *
     * @return true when the row limit stopped it (PortalSuspended), false when it completed (the
     *         sink's complete or emptyQuery was called)
     */
    public boolean execute(String portalName, int maxRows, ResultSink sink) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    public void closeStatement(String name) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    public void closePortal(String name) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /**
     * Sync: ends the implicit transaction of the extended protocol (commits it when it succeeded
     * and no BEGIN is open; rolls it back after an error) and drops the unnamed portal.
     */
    public void sync() {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** Rolls back any open transaction and releases everything the session holds. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(session)");
    }
}
