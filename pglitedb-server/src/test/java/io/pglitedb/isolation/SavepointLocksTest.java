package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.isolation.TestSession.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Row locks and savepoints between sessions, as PostgreSQL 15 behaves (each outcome checked
 * against it with {@code -Dwire.reference.port=55432}): locks first taken after a savepoint are
 * released by ROLLBACK TO (or by an error inside the savepoint), locks taken before stay.
 */
@Timeout(120)
class SavepointLocksTest {
    private IsolationServer server;

    @BeforeEach
    void start() throws Exception {
        server = IsolationServer.start();
        server.setup("DROP TABLE IF EXISTS accounts",
                "CREATE TABLE accounts (id integer PRIMARY KEY, balance integer NOT NULL)",
                "INSERT INTO accounts VALUES (1, 100), (2, 200)");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void rollbackToSavepointReleasesARowLockTakenAfterIt() throws Exception {
        TestSession s1 = server.session("s1");
        TestSession s2 = server.session("s2");
        s1.exec("BEGIN");
        s1.exec("SAVEPOINT a");
        assertThat(s1.exec("UPDATE accounts SET balance = balance + 1 WHERE id = 1")).isEqualTo("count 1");
        Step update = s2.run("UPDATE accounts SET balance = balance + 10 WHERE id = 1 RETURNING balance");
        assertThat(update.blocked()).isTrue();
        s1.exec("ROLLBACK TO a");
        assertThat(update.result()).isEqualTo("110");
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("110");
        s1.exec("COMMIT");
    }

    @Test
    void aRowLockTakenBeforeTheSavepointSurvivesRollbackTo() throws Exception {
        TestSession s1 = server.session("s1");
        TestSession s2 = server.session("s2");
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = balance + 1 WHERE id = 1");
        s1.exec("SAVEPOINT a");
        s1.exec("UPDATE accounts SET balance = balance + 1000 WHERE id = 1");
        s1.exec("ROLLBACK TO SAVEPOINT a");
        Step update = s2.run("UPDATE accounts SET balance = balance * 2 WHERE id = 1 RETURNING balance");
        assertThat(update.blocked()).isTrue();
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("101");
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("202");
    }

    @Test
    void anErrorInsideASavepointReleasesItsLocksAtOnce() throws Exception {
        TestSession s1 = server.session("s1");
        TestSession s2 = server.session("s2");
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = 0 WHERE id = 2");
        s1.exec("SAVEPOINT a");
        s1.exec("UPDATE accounts SET balance = balance + 1 WHERE id = 1");
        assertThat(s1.exec("SELECT 1 / 0")).startsWith("ERROR 22012");
        // the failed subtransaction's lock on row 1 is gone, the outer lock on row 2 stays
        assertThat(s2.exec("UPDATE accounts SET balance = balance + 10 WHERE id = 1 RETURNING balance"))
                .isEqualTo("110");
        Step blocked = s2.run("UPDATE accounts SET balance = balance + 10 WHERE id = 2 RETURNING balance");
        assertThat(blocked.blocked()).isTrue();
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 2")).startsWith("ERROR 25P02");
        s1.exec("ROLLBACK TO a");
        assertThat(s1.exec("SELECT id, balance FROM accounts ORDER BY id")).isEqualTo("1|110, 2|0");
        s1.exec("COMMIT");
        assertThat(blocked.result()).isEqualTo("10");
    }

    @Test
    void pgJdbcAutosaveKeepsTheTransactionAfterAFailedStatement() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("autosave", "always");
        try (Connection c = java.sql.DriverManager.getConnection(
                server.connect().getMetaData().getURL(), p)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO accounts VALUES (3, 300)");
                try {
                    s.executeUpdate("INSERT INTO accounts VALUES (3, 301)");
                    throw new AssertionError("duplicate key accepted");
                } catch (SQLException e) {
                    assertThat(e.getSQLState()).isEqualTo("23505");
                }
                s.executeUpdate("INSERT INTO accounts VALUES (4, 400)");
                c.commit();
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM accounts WHERE id >= 3")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
            }
        }
    }
}
