package io.pglitedb.frameworks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Where a framework test runs: a fresh embedded in-memory database, or a fresh database on the
 * reference PostgreSQL 15 (127.0.0.1:55432; the test is skipped when it is not running). The same
 * test body runs on both, so every assertion is one PostgreSQL with pgJDBC satisfies.
 */
enum Target {
    EMBEDDED, POSTGRES;

    static final int REFERENCE_PORT = 55432;

    /** A new, empty database for one test; close it to drop it. */
    TestDatabase create() throws SQLException {
        String name = "embedded_fw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (this == EMBEDDED) {
            String url = "jdbc:pglitedb:mem:" + name;
            // held open so that the named database lives until the test ends
            Connection holder = DriverManager.getConnection(url);
            return new TestDatabase(url, "postgres", "", new io.pglitedb.jdbc.PgLiteDataSource(url), holder::close);
        }
        assumeTrue(referenceReachable(), "reference PostgreSQL not running on port " + REFERENCE_PORT);
        String admin = "jdbc:postgresql://127.0.0.1:" + REFERENCE_PORT + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + REFERENCE_PORT + "/" + name);
        dataSource.setUser("postgres");
        dataSource.setPassword("");
        return new TestDatabase(dataSource.getUrl(), "postgres", "", dataSource, () -> {
            try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        });
    }

    private static boolean referenceReachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", REFERENCE_PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A database made for one test, with what a framework needs to connect to it. */
    record TestDatabase(String url, String user, String password, DataSource dataSource, Closer closer) implements AutoCloseable {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() throws SQLException {
            closer.close();
        }
    }

    interface Closer {
        void close() throws SQLException;
    }
}
