package io.pglitedb.jdbc;

import io.pglitedb.session.Session;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a portal in chunks of the fetch size (Execute with a row limit), the embedded form of
 * pgJDBC's cursor-based fetching. The portal lives until the transaction ends, as in PostgreSQL.
 */
final class PortalFetcher {
    private final PgLiteConnection connection;
    private final java.util.function.Consumer<java.sql.SQLWarning> warnings;
    private final String portal;
    private final int fetchSize;
    /** Statement.setMaxRows: rows beyond it are never fetched (0 = no limit). */
    private final int maxRows;
    private int fetched;
    private boolean done;

    PortalFetcher(PgLiteConnection connection, java.util.function.Consumer<java.sql.SQLWarning> warnings,
            String portal, int fetchSize, int maxRows) {
        this.connection = connection;
        this.warnings = warnings;
        this.portal = portal;
        this.fetchSize = fetchSize;
        this.maxRows = maxRows;
    }

    boolean isDone() {
        return done;
    }

    /** The next chunk; empty once the portal is exhausted. */
    List<Object[]> fetch() throws SQLException {
        connection.lock.lock();
        try {
            connection.checkClosed();
            return fetchLocked();
        } finally {
            connection.lock.unlock();
        }
    }

    /** As {@link #fetch()}, with the connection's lock already held. */
    List<Object[]> fetchLocked() throws SQLException {
        if (done) {
            return List.of();
        }
        int limit = fetchSize;
        if (maxRows > 0) {
            limit = Math.min(limit, maxRows - fetched);
            if (limit <= 0) {
                close();
                return List.of();
            }
        }
        Session session = connection.session();
        ResultCollector collector = new ResultCollector(warnings, 0);
        collector.expectColumns(List.of());
        connection.executionStarted();
        boolean suspended;
        try {
            suspended = session.execute(portal, limit, collector);
        } catch (RuntimeException e) {
            done = true;
            throw PgLiteSQLException.of(e);
        } finally {
            connection.executionFinished();
            PgLiteSQLException.sync(session);
        }
        List<Object[]> rows;
        if (suspended) {
            rows = collector.takeRows();
        } else {
            rows = collector.results.get(0).rows();
            done = true;
            session.closePortal(portal);
        }
        fetched += rows.size();
        return rows;
    }

    /** Closes the portal early (result set closed before its end). Lock held by the caller. */
    void close() {
        if (!done) {
            done = true;
            connection.session().closePortal(portal);
        }
    }
}
