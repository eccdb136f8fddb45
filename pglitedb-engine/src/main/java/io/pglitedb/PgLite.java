package io.pglitedb;

import io.pglitedb.jdbc.PgLiteConnection;
import io.pglitedb.jdbc.PgLiteDataSource;
import io.pglitedb.session.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * PGLiteDB embedded in a Java program: open a database, get JDBC connections to it, hand its engine
 * to the wire server, close it. While a {@code PgLite} is open, {@link #url()} reaches the same
 * engine from anywhere in the JVM (DriverManager, a pool, a framework).
 *
 * <pre>
 * try (PgLite db = PgLite.openInMemory("app");
 *      Connection c = db.getConnection()) {
 *     c.createStatement().execute("CREATE TABLE t (id int PRIMARY KEY)");
 * }
 * </pre>
 *
 * Mixed mode (psql or DBeaver attached to the live embedded database) needs the server module
 * ({@code io.pglitedb:pglitedb-server}): {@code PgWireServer.start(db.database(), "127.0.0.1", 5432)}.
 */
public final class PgLite implements AutoCloseable {
    private final String url;
    /** Holds a reference on the shared engine so it stays open as long as this handle. */
    private final PgLiteConnection anchor;
    private boolean closed;

    private PgLite(String url) throws SQLException {
        this.url = url;
        this.anchor = DriverManager.getConnection(url).unwrap(PgLiteConnection.class);
    }

    /**
     * Opens (creating if needed) the database stored in {@code directory}, or joins it if this JVM
     * has it open already. @throws SQLException 58030 when another process holds it
     */
    public static PgLite open(Path directory) throws SQLException {
        Objects.requireNonNull(directory, "directory is null");
        String path = directory.toAbsolutePath().toString();
        if (path.contains(";") || path.contains("?")) {
            throw new IllegalArgumentException("a data directory path with ';' or '?' cannot be used in a JDBC URL");
        }
        return new PgLite("jdbc:pglitedb:file:" + path);
    }

    /**
     * The in-memory database {@code NAME}, reachable as {@code jdbc:pglitedb:mem:NAME} while this
     * is open (created, or joined if this JVM has it open already).
     */
    public static PgLite openInMemory(String name) throws SQLException {
        if (name == null || name.isEmpty() || name.contains(";") || name.contains("?")) {
            throw new IllegalArgumentException("an in-memory database needs a name without ';' or '?'");
        }
        return new PgLite("jdbc:pglitedb:mem:" + name);
    }

    /** A new in-memory database with a generated name (see {@link #url()}). */
    public static PgLite openInMemory() throws SQLException {
        return openInMemory("pglite-" + UUID.randomUUID());
    }

    /** The JDBC URL of this database. */
    public String url() {
        return url;
    }

    /** A new connection (a new session on the same engine). */
    public Connection getConnection() throws SQLException {
        check();
        return DriverManager.getConnection(url);
    }

    /** A DataSource for pools and frameworks. */
    public PgLiteDataSource dataSource() {
        return new PgLiteDataSource(url);
    }

    /** The engine, e.g. for {@code io.pglitedb.wire.PgWireServer.start(database(), host, port)}. */
    public Database database() {
        check();
        return anchor.database();
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("this PgLite is closed");
        }
    }

    /** Releases this handle; the engine closes once its last connection is closed too. */
    @Override
    public synchronized void close() throws SQLException {
        if (!closed) {
            closed = true;
            anchor.close();
        }
    }
}
