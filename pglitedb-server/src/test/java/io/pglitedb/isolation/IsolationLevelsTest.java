package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.isolation.TestSession.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * READ COMMITTED and REPEATABLE READ between two sessions, step by step, with the outcomes of
 * PostgreSQL 15 (checked by running this class with {@code -Dwire.reference.port=55432}).
 */
@Timeout(120)
class IsolationLevelsTest {
    private static final String CONCURRENT_UPDATE = "ERROR 40001: could not serialize access due to concurrent update";
    private static final String CONCURRENT_DELETE = "ERROR 40001: could not serialize access due to concurrent delete";

    private IsolationServer server;
    private TestSession s1;
    private TestSession s2;

    @BeforeEach
    void start() throws Exception {
        server = IsolationServer.start();
        server.setup("DROP TABLE IF EXISTS accounts", "DROP TABLE IF EXISTS doctors",
                "CREATE TABLE accounts (id integer PRIMARY KEY, balance integer NOT NULL)",
                "INSERT INTO accounts VALUES (1, 100), (2, 200)");
        s1 = server.session("s1");
        s2 = server.session("s2");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private String balances() {
        return s2.exec("SELECT id, balance FROM accounts ORDER BY id");
    }

    // ------------------------------------------------------------ REPEATABLE READ

    @Test
    void repeatableReadTakesItsSnapshotAtTheFirstStatementNotAtBegin() {
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s2.exec("UPDATE accounts SET balance = 150 WHERE id = 1");
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("150");
        s2.exec("UPDATE accounts SET balance = 175 WHERE id = 1");
        s2.exec("INSERT INTO accounts VALUES (3, 300)");
        assertThat(s1.exec("SELECT id, balance FROM accounts ORDER BY id")).isEqualTo("1|150, 2|200");
        s1.exec("COMMIT");
        assertThat(s1.exec("SELECT id, balance FROM accounts ORDER BY id")).isEqualTo("1|175, 2|200, 3|300");
    }

    @Test
    void repeatableReadUpdateOfARowChangedConcurrentlyFailsWith40001() {
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("100");
        s2.exec("BEGIN");
        s2.exec("UPDATE accounts SET balance = balance + 10 WHERE id = 1");
        Step update = s1.run("UPDATE accounts SET balance = balance + 1 WHERE id = 1");
        assertThat(update.blocked()).isTrue();
        s2.exec("COMMIT");
        assertThat(update.result()).isEqualTo(CONCURRENT_UPDATE);
        assertThat(s1.exec("SELECT 1")).startsWith("ERROR 25P02");
        s1.exec("ROLLBACK");
        assertThat(balances()).isEqualTo("1|110, 2|200");
    }

    @Test
    void repeatableReadProceedsWhenTheConcurrentWriterRollsBack() {
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s1.exec("SELECT balance FROM accounts WHERE id = 1");
        s2.exec("BEGIN");
        s2.exec("UPDATE accounts SET balance = balance + 10 WHERE id = 1");
        Step update = s1.run("UPDATE accounts SET balance = balance + 1 WHERE id = 1");
        assertThat(update.blocked()).isTrue();
        s2.exec("ROLLBACK");
        assertThat(update.result()).isEqualTo("count 1");
        s1.exec("COMMIT");
        assertThat(balances()).isEqualTo("1|101, 2|200");
    }

    @Test
    void repeatableReadUpdateAfterAConcurrentCommitFailsWithoutWaiting() {
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s1.exec("SELECT count(*) FROM accounts");
        s2.exec("UPDATE accounts SET balance = balance + 10 WHERE id = 1");
        s2.exec("DELETE FROM accounts WHERE id = 2");
        assertThat(s1.exec("DELETE FROM accounts WHERE id = 1")).isEqualTo(CONCURRENT_UPDATE);
        s1.exec("ROLLBACK");
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s1.exec("SELECT count(*) FROM accounts");
        s2.exec("DELETE FROM accounts WHERE id = 1");
        assertThat(s1.exec("UPDATE accounts SET balance = 0 WHERE id = 1")).isEqualTo(CONCURRENT_DELETE);
        s1.exec("ROLLBACK");
    }

    @Test
    void repeatableReadUpdatesRowsNobodyElseChanged() {
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s1.exec("SELECT count(*) FROM accounts");
        s2.exec("UPDATE accounts SET balance = balance + 10 WHERE id = 1");
        assertThat(s1.exec("UPDATE accounts SET balance = balance + 1 WHERE id = 2")).isEqualTo("count 1");
        assertThat(s1.exec("UPDATE accounts SET balance = balance + 1 WHERE id = 2")).isEqualTo("count 1");
        s1.exec("COMMIT");
        assertThat(balances()).isEqualTo("1|110, 2|202");
    }

    @Test
    void repeatableReadInsertOfAKeyCommittedMeanwhileIsAUniqueViolation() {
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s1.exec("SELECT count(*) FROM accounts");
        s2.exec("INSERT INTO accounts VALUES (3, 300)");
        assertThat(s1.exec("SELECT count(*) FROM accounts")).isEqualTo("2");
        assertThat(s1.exec("INSERT INTO accounts VALUES (3, 1)"))
                .isEqualTo("ERROR 23505: duplicate key value violates unique constraint \"accounts_pkey\"");
        s1.exec("ROLLBACK");
    }

    @Test
    void repeatableReadAllowsWriteSkewAsPostgresDoes() throws Exception {
        server.setup("CREATE TABLE doctors (name text PRIMARY KEY, on_call boolean NOT NULL)",
                "INSERT INTO doctors VALUES ('alice', true), ('bob', true)");
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s2.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        assertThat(s1.exec("SELECT count(*) FROM doctors WHERE on_call")).isEqualTo("2");
        assertThat(s2.exec("SELECT count(*) FROM doctors WHERE on_call")).isEqualTo("2");
        assertThat(s1.exec("UPDATE doctors SET on_call = false WHERE name = 'alice'")).isEqualTo("count 1");
        assertThat(s2.exec("UPDATE doctors SET on_call = false WHERE name = 'bob'")).isEqualTo("count 1");
        assertThat(s1.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s2.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s1.exec("SELECT count(*) FROM doctors WHERE on_call")).isEqualTo("0");
    }

    // ------------------------------------------------------------ READ COMMITTED (EvalPlanQual)

    @Test
    void readCommittedUpdateSkipsARowThatNoLongerMatchesAfterWaiting() {
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = balance + 100 WHERE id = 1");
        Step update = s2.run("UPDATE accounts SET balance = balance * 2 WHERE balance = 100");
        assertThat(update.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("count 0");
        assertThat(balances()).isEqualTo("1|200, 2|200");
    }

    @Test
    void readCommittedUpdateRechecksAndUpdatesTheNewestVersion() {
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = balance + 100 WHERE id = 1");
        Step update = s2.run("UPDATE accounts SET balance = balance * 2 WHERE balance >= 100 RETURNING id, balance");
        assertThat(update.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("1|400, 2|400");
    }

    @Test
    void readCommittedUpdateOfARowDeletedWhileWaitingUpdatesNothing() {
        s1.exec("BEGIN");
        s1.exec("DELETE FROM accounts WHERE id = 1");
        Step update = s2.run("UPDATE accounts SET balance = 0 WHERE id = 1");
        assertThat(update.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("count 0");
        assertThat(balances()).isEqualTo("2|200");
    }

    @Test
    void readCommittedDeleteRechecksItsWhereClause() {
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = 5 WHERE id = 2");
        Step delete = s2.run("DELETE FROM accounts WHERE balance > 50 RETURNING id");
        assertThat(delete.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(delete.result()).isEqualTo("1");
        assertThat(balances()).isEqualTo("2|5");
    }

    @Test
    void readCommittedLostUpdateIsPrevented() {
        s1.exec("BEGIN");
        s2.exec("BEGIN");
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("100");
        assertThat(s2.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("100");
        s1.exec("UPDATE accounts SET balance = balance + 1 WHERE id = 1");
        Step update = s2.run("UPDATE accounts SET balance = balance + 10 WHERE id = 1");
        assertThat(update.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("count 1");
        s2.exec("COMMIT");
        assertThat(balances()).isEqualTo("1|111, 2|200");
    }

    @Test
    void readCommittedSeesCommitsBetweenStatements() {
        s1.exec("BEGIN");
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("100");
        s2.exec("UPDATE accounts SET balance = 42 WHERE id = 1");
        assertThat(s1.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("42");
        s1.exec("COMMIT");
    }

    @Test
    void readOnlyTransactionsCannotWriteButRead() {
        s1.exec("BEGIN READ ONLY");
        assertThat(s1.exec("SELECT count(*) FROM accounts")).isEqualTo("2");
        assertThat(s1.exec("UPDATE accounts SET balance = 0"))
                .isEqualTo("ERROR 25006: cannot execute UPDATE in a read-only transaction");
        s1.exec("ROLLBACK");
    }
}
