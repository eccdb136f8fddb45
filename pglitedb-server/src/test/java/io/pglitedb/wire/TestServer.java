package io.pglitedb.wire;

import io.pglitedb.session.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

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

    /** A raw protocol client that has completed startup (ReadyForQuery read). */
    WireClient connectWire() throws IOException {
        WireClient c = new WireClient(port);
        c.sendStartup("user", "postgres", "database", "postgres");
        c.readUntilReady();
        return c;
    }

    /** A pgJDBC connection as user postgres; {@code properties} are name, value pairs. */
    Connection connectJdbc(String... properties) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "");
        for (int i = 0; i < properties.length; i += 2) {
            p.setProperty(properties[i], properties[i + 1]);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
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
