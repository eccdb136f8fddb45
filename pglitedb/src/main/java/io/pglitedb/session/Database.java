package io.pglitedb.session;

import java.nio.file.Path;
import java.util.Map;

/**
 * An open PGLiteDB: one storage, one catalog, many sessions. Every door (wire server, embedded
 * JDBC, HTTP) opens sessions here and speaks only the {@link Session} API.
 */
public final class Database implements AutoCloseable {

    /** Opens (creating if needed) the database stored in {@code directory}. */
    public static Database open(Path directory) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** A fresh database held in memory only. */
    public static Database openInMemory() {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /**
     * Opens a session for a connecting client.
     *
     * @param startupParameters the StartupMessage's parameters (user, database, application_name,
     *        options, client_encoding, DateStyle ...)
     * @throws io.pglitedb.error.PgException e.g. 3D000 database does not exist (FATAL)
     */
    public Session openSession(Map<String, String> startupParameters) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** CancelRequest: cancels the running statement of the session with this key; ignored if none. */
    public void cancel(int processId, int secretKey) {
        throw new UnsupportedOperationException("TODO(session)");
    }

    /** Ends all sessions' transactions and closes storage cleanly. Idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(session)");
    }
}
