package io.pglitedb.isolation;

import io.pglitedb.session.Database;
import io.pglitedb.wire.PgWireServer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The server an isolation scenario runs against: ours in-process over a fresh in-memory
 * database, or, with {@code -Dwire.reference.port=55432}, the reference PostgreSQL, which is how
 * every expected outcome in these tests was checked. It also answers "is this backend waiting
 * for a lock?" (ours: {@link Database#isWaitingForLock}; PostgreSQL: pg_stat_activity), so a
 * scenario waits until a session is observably blocked instead of sleeping.
 */
final class IsolationServer implements AutoCloseable {
    private final Database database;
    private final PgWireServer server;
    private final int port;
    private final String databaseName;
    private final List<TestSession> sessions = new ArrayList<>();
    private Connection monitor;

    private IsolationServer(Database database, PgWireServer server, int port, String databaseName) {
        this.database = database;
        this.server = server;
        this.port = port;
        this.databaseName = databaseName;
    }

    private IsolationServer(Database database, PgWireServer server, int port) {
        this(database, server, port, "postgres");
    }

    /** Ours, in-process over a fresh in-memory database, whatever the system properties say. */
    static IsolationServer ours() throws IOException {
        Database database = Database.openInMemory();
        PgWireServer server = PgWireServer.start(database, "127.0.0.1", 0);
        return new IsolationServer(database, server, server.port());
    }

    /** The reference PostgreSQL on {@code port}, in database {@code databaseName} (which must exist). */
    static IsolationServer reference(int port, String databaseName) {
        return new IsolationServer(null, null, port, databaseName);
    }

    static IsolationServer start() throws IOException {
        String referencePort = System.getProperty("wire.reference.port", "");
        if (!referencePort.isBlank()) {
            return new IsolationServer(null, null, Integer.parseInt(referencePort.trim()));
        }
        Database database = Database.openInMemory();
        PgWireServer server = PgWireServer.start(database, "127.0.0.1", 0);
        return new IsolationServer(database, server, server.port());
    }

    boolean isReference() {
        return server == null;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + databaseName, "postgres", "");
    }

    /** A new session (its own connection and thread), named for messages. */
    TestSession session(String name) throws SQLException {
        TestSession session = new TestSession(name, connect(), this);
        sessions.add(session);
        return session;
    }

    /** Runs setup statements on a connection of its own, in autocommit. */
    void setup(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** True while backend {@code pid} waits for a lock. */
    boolean isWaitingForLock(int pid) {
        if (database != null) {
            return database.isWaitingForLock(pid);
        }
        try {
            if (monitor == null) {
                monitor = connect();
            }
            try (PreparedStatement s = monitor.prepareStatement(
                    "SELECT wait_event_type, wait_event FROM pg_stat_activity WHERE pid = ?")) {
                s.setInt(1, pid);
                try (ResultSet rs = s.executeQuery()) {
                    // a READ ONLY DEFERRABLE transaction waiting for a safe snapshot counts as blocked
                    return rs.next() && ("Lock".equals(rs.getString(1)) || "SafeSnapshot".equals(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (TestSession session : sessions) {
            session.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
