package io.pglitedb.wire;

import io.pglitedb.session.Database;
import java.io.IOException;

/**
 * The server a wire test talks to: our server in-process over a fresh in-memory database, or,
 * with {@code -Dwire.reference.port=55432}, the reference PostgreSQL, so the same test can be
 * checked against PostgreSQL itself.
 */
final class TestServer implements AutoCloseable {
    private final Database database;
    private final PgWireServer server;
    private final int port;

    private TestServer(Database database, PgWireServer server, int port) {
        this.database = database;
        this.server = server;
        this.port = port;
    }

    static TestServer start() throws IOException {
        String referencePort = System.getProperty("wire.reference.port", "");
        if (!referencePort.isBlank()) {
            return new TestServer(null, null, Integer.parseInt(referencePort.trim()));
        }
        Database database = Database.openInMemory();
        PgWireServer server = PgWireServer.start(database, "127.0.0.1", 0);
        return new TestServer(database, server, server.port());
    }

    int port() {
        return port;
    }

    /** True when the tests run against the reference PostgreSQL rather than our server. */
    boolean isReference() {
        return server == null;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
