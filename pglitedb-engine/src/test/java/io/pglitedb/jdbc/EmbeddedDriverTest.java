package io.pglitedb.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pglitedb.PgLite;
import io.pglitedb.session.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's URLs, the sharing of engines between connections, pools and the PgLite API. */
class EmbeddedDriverTest {

    private static String uniqueName() {
        return "t" + UUID.randomUUID().toString().replace("-", "");
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void driverIsFoundThroughServiceLoader() throws SQLException {
        assertThat(DriverManager.getDriver("jdbc:pglitedb:mem:")).isInstanceOf(PgLiteDriver.class);
    }

    @Test
    void namedMemoryDatabaseIsSharedWhileAConnectionIsOpen() throws SQLException {
        String url = "jdbc:pglitedb:mem:" + uniqueName();
        try (Connection a = DriverManager.getConnection(url)) {
            a.createStatement().execute("CREATE TABLE t (id int PRIMARY KEY)");
            a.createStatement().execute("INSERT INTO t VALUES (1), (2)");
            try (Connection b = DriverManager.getConnection(url)) {
                assertThat(count(b, "t")).isEqualTo(2);
                assertThat(b.unwrap(PgLiteConnection.class).database()).isSameAs(a.unwrap(Database.class));
            }
        }
        // the last connection closed the database: the same name is a fresh, empty one
        try (Connection c = DriverManager.getConnection(url)) {
            assertThatThrownBy(() -> count(c, "t")).isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "42P01")
                    .hasMessage("ERROR: relation \"t\" does not exist\n  Position: 22");
        }
    }

    @Test
    void keepTrueKeepsTheDatabaseAfterTheLastConnection() throws SQLException {
        String name = uniqueName();
        try (Connection a = DriverManager.getConnection("jdbc:pglitedb:mem:" + name + ";keep=true")) {
            a.createStatement().execute("CREATE TABLE k (id int)");
            a.createStatement().execute("INSERT INTO k VALUES (7)");
        }
        try (Connection b = DriverManager.getConnection("jdbc:pglitedb:mem:" + name)) {
            assertThat(count(b, "k")).isEqualTo(1);
        }
        DatabaseRegistry.INSTANCE.unkeep("mem:" + name);
    }

    @Test
    void anonymousMemoryDatabasesArePrivate() throws SQLException {
        try (Connection a = DriverManager.getConnection("jdbc:pglitedb:mem:");
                Connection b = DriverManager.getConnection("jdbc:pglitedb:mem:")) {
            a.createStatement().execute("CREATE TABLE only_a (id int)");
            assertThatThrownBy(() -> count(b, "only_a")).isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "42P01");
            assertThat(a.unwrap(Database.class)).isNotSameAs(b.unwrap(Database.class));
        }
    }

    @Test
    void fileDatabasePersistsAcrossCloseAndIsSharedInTheJvm(@TempDir Path dir) throws SQLException {
        String url = "jdbc:pglitedb:file:" + dir.resolve("db");
        try (Connection a = DriverManager.getConnection(url); Connection b = DriverManager.getConnection(url)) {
            a.createStatement().execute("CREATE TABLE f (id int PRIMARY KEY, v text)");
            a.createStatement().execute("INSERT INTO f VALUES (1, 'one')");
            assertThat(count(b, "f")).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM f")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("one");
        }
    }

    @Test
    void settingsComeFromTheUrlAndProperties() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "alice");
        p.setProperty("application_name", "from-props");
        try (Connection admin = DriverManager.getConnection("jdbc:pglitedb:mem:settings")) {
            admin.createStatement().execute("CREATE USER alice"); // the user must exist, as in PostgreSQL
            try (Connection c = DriverManager.getConnection("jdbc:pglitedb:mem:settings?search_path=s1,public&TimeZone=UTC", p);
                    Statement s = c.createStatement()) {
                assertThat(show(s, "search_path")).isEqualTo("s1,public");
                assertThat(show(s, "TimeZone")).isEqualTo("UTC");
                assertThat(show(s, "application_name")).isEqualTo("from-props");
                assertThat(show(s, "session_authorization")).isEqualTo("alice");
                assertThat(c.getMetaData().getUserName()).isEqualTo("alice");
            }
        }
        p.setProperty("user", "nobody");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:pglitedb:mem:", p))
                .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "28000")
                .hasMessageContaining("role \"nobody\" does not exist");
    }

    private static String show(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void stringtypeUnspecifiedLetsTheServerInferStringParameters() throws SQLException {
        try (Connection plain = DriverManager.getConnection("jdbc:pglitedb:mem:");
                Connection untyped = DriverManager.getConnection("jdbc:pglitedb:mem:?stringtype=unspecified")) {
            for (Connection c : new Connection[] {plain, untyped}) {
                c.createStatement().execute("CREATE TABLE n (id int PRIMARY KEY)");
            }
            var typed = plain.prepareStatement("INSERT INTO n VALUES (?)");
            typed.setString(1, "5");
            assertThatThrownBy(typed::executeUpdate).isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "42804");
            var inferred = untyped.prepareStatement("INSERT INTO n VALUES (?)");
            inferred.setString(1, "5");
            assertThat(inferred.executeUpdate()).isEqualTo(1);
            assertThat(count(untyped, "n")).isEqualTo(1);
        }
    }

    @Test
    void badUrlsAreRejectedWithAClearError() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:pglitedb:disk:/x"))
                .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "08001")
                .hasMessageContaining("expected jdbc:pglitedb:mem:NAME or jdbc:pglitedb:file:PATH");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:pglitedb:mem:x;colour=blue"))
                .isInstanceOf(SQLException.class).hasMessageContaining("unknown option \"colour\"");
    }

    @Test
    void secondProcessOnTheSameDirectoryGetsAnError(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("locked");
        // another JVM holds the directory open until we close its stdin
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), data.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process holder = pb.start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            assertThat(out.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:pglitedb:file:" + data))
                    .isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "58030")
                    .hasMessageStartingWith("ERROR: could not lock data directory \"" + data.toAbsolutePath() + "\"");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        // once the other process is gone, the directory opens
        try (Connection c = DriverManager.getConnection("jdbc:pglitedb:file:" + data)) {
            assertThat(count(c, "held")).isEqualTo(1);
        }
    }

    /** Main of the child process: opens a database, says "open", waits for stdin to close. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:pglitedb:file:" + args[0])) {
                c.createStatement().execute("CREATE TABLE held (id int)");
                c.createStatement().execute("INSERT INTO held VALUES (1)");
                System.out.println("open");
                System.out.flush();
                System.in.read();
            }
        }
    }

    @Test
    void everyIsolationLevelCanBeSelected() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pglitedb:mem:")) {
            assertThat(c.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE)).isTrue();
            assertThat(c.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)).isTrue();
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW transaction_isolation")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("serializable");
            }
        }
    }

    @Test
    void hikariPoolRunsStatementsOnTheEmbeddedDatabase() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:pglitedb:mem:" + uniqueName());
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("CREATE TABLE h (id int PRIMARY KEY)");
            }
            for (int i = 0; i < 20; i++) {
                try (Connection c = pool.getConnection();
                        var ps = c.prepareStatement("INSERT INTO h VALUES (?)")) {
                    ps.setInt(1, i);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            try (Connection c = pool.getConnection()) {
                assertThat(count(c, "h")).isEqualTo(20);
                assertThat(c.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void hikariPoolWithTheDataSourceClass() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setDataSourceClassName(PgLiteDataSource.class.getName());
        config.addDataSourceProperty("url", "jdbc:pglitedb:mem:" + uniqueName());
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config); Connection c = pool.getConnection()) {
            c.createStatement().execute("CREATE TABLE d (id int)");
            c.createStatement().execute("INSERT INTO d VALUES (1)");
            c.rollback();
            assertThatThrownBy(() -> count(c, "d")).isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "42P01");
        }
    }

    @Test
    void pgLiteHandleKeepsTheDatabaseAndExposesTheEngine() throws SQLException {
        try (PgLite db = PgLite.openInMemory()) {
            try (Connection c = db.getConnection()) {
                c.createStatement().execute("CREATE TABLE p (id int)");
                c.createStatement().execute("INSERT INTO p VALUES (1), (2), (3)");
            }
            // no connection open, the handle keeps the engine alive
            try (Connection c = DriverManager.getConnection(db.url())) {
                assertThat(count(c, "p")).isEqualTo(3);
                assertThat(c.unwrap(Database.class)).isSameAs(db.database());
            }
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(count(c, "p")).isEqualTo(3);
            }
        }
    }

    /**
     * A fresh database per test class: build the schema and data once in a template database, then
     * CREATE DATABASE ... TEMPLATE copies it, and {@code ?database=NAME} connects to the copy.
     */
    @Test
    void aFreshDatabasePerTestClassFromATemplate() throws SQLException {
        String url = "jdbc:pglitedb:mem:" + uniqueName();
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE app_template");
            try (Connection t = DriverManager.getConnection(url + "?database=app_template");
                    Statement ts = t.createStatement()) {
                ts.execute("CREATE TABLE item (id serial PRIMARY KEY, name text NOT NULL)");
                ts.execute("INSERT INTO item (name) SELECT 'item ' || g FROM generate_series(1, 100) g");
            }
            s.execute("CREATE DATABASE class_a TEMPLATE app_template");
            s.execute("CREATE DATABASE class_b TEMPLATE app_template");
            Properties props = new Properties();
            props.setProperty("database", "class_b");
            try (Connection a = DriverManager.getConnection(url + "?database=class_a");
                    Connection b = DriverManager.getConnection(url, props);
                    Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
                sa.execute("DELETE FROM item WHERE id > 1");
                try (ResultSet rs = sa.executeQuery("INSERT INTO item (name) VALUES ('new') RETURNING id")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(101); // the sequence was copied with its state
                }
                assertThat(count(a, "item")).isEqualTo(2);
                assertThat(count(b, "item")).isEqualTo(100);
                try (ResultSet rs = sb.executeQuery("SELECT current_database()")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("class_b");
                }
            }
            s.execute("DROP DATABASE class_a");
            assertThatThrownBy(() -> DriverManager.getConnection(url + "?database=class_a"))
                    .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "3D000")
                    .hasMessage("FATAL: database \"class_a\" does not exist");
        }
    }

    /** Bind plans a statement again after DDL in the transaction; reg* constants still resolve. */
    @Test
    void regclassConstantsInAPreparedStatementAfterDdlInTheTransaction() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pglitedb:mem:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person (id int)");
            s.execute("CREATE VIEW v AS SELECT id FROM person");
            c.setAutoCommit(false);
            s.execute("DROP VIEW v");
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT 'pg_class'::regclass::oid, 'person'::regclass::oid = (SELECT oid FROM pg_class"
                            + " WHERE relname = 'person')");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1259);
                assertThat(rs.getBoolean(2)).isTrue();
            }
            c.rollback();
        }
    }
}
