package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.isolation.TestSession.Step;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Table locks (LOCK TABLE and the locks statements take), lock_timeout, statement_timeout and
 * deadlocks between sessions, with PostgreSQL 15's outcomes (checked with
 * {@code -Dwire.reference.port=55432}).
 */
@Timeout(180)
class LocksTest {
    private static final List<String> MODES = List.of("ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE",
            "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE");
    /** PostgreSQL's table-level conflict matrix (docs, "Conflicting Lock Modes"): X = conflict. */
    private static final List<String> CONFLICTS = List.of(
            ".......X",
            "......XX",
            "....XXXX",
            "...XXXXX",
            "..XX.XXX",
            "..XXXXXX",
            ".XXXXXXX",
            "XXXXXXXX");

    private IsolationServer server;
    private TestSession s1;
    private TestSession s2;

    @BeforeEach
    void start() throws Exception {
        server = IsolationServer.start();
        server.setup("DROP TABLE IF EXISTS accounts",
                "CREATE TABLE accounts (id integer PRIMARY KEY, balance integer NOT NULL)",
                "INSERT INTO accounts VALUES (1, 100), (2, 200), (3, 300)");
        s1 = server.session("s1");
        s2 = server.session("s2");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void lockTableModesConflictAsInPostgres() {
        for (int held = 0; held < MODES.size(); held++) {
            s1.exec("BEGIN");
            assertThat(s1.exec("LOCK TABLE accounts IN " + MODES.get(held) + " MODE")).isEqualTo("count 0");
            for (int requested = 0; requested < MODES.size(); requested++) {
                s2.exec("BEGIN");
                String outcome = s2.exec("LOCK accounts IN " + MODES.get(requested) + " MODE NOWAIT");
                boolean conflict = CONFLICTS.get(held).charAt(requested) == 'X';
                assertThat(outcome).as("%s held, %s requested", MODES.get(held), MODES.get(requested))
                        .isEqualTo(conflict ? "ERROR 55P03: could not obtain lock on relation \"accounts\"" : "count 0");
                s2.exec("ROLLBACK");
            }
            s1.exec("ROLLBACK");
        }
    }

    @Test
    void accessExclusiveBlocksReadersUntilCommit() {
        s1.exec("BEGIN");
        s1.exec("LOCK TABLE accounts");
        Step read = s2.run("SELECT count(*) FROM accounts");
        assertThat(read.blocked()).isTrue();
        s1.exec("DELETE FROM accounts WHERE id = 3");
        s1.exec("COMMIT");
        assertThat(read.result()).isEqualTo("2");
    }

    @Test
    void shareModeLetsReadersInAndKeepsWritersOut() {
        s1.exec("BEGIN");
        s1.exec("LOCK TABLE accounts IN SHARE MODE");
        assertThat(s2.exec("SELECT count(*) FROM accounts")).isEqualTo("3");
        Step write = s2.run("UPDATE accounts SET balance = 0 WHERE id = 1");
        assertThat(write.blocked()).isTrue();
        s1.exec("ROLLBACK");
        assertThat(write.result()).isEqualTo("count 1");
    }

    @Test
    void aWriterKeepsLockTableWaitingAndAQueuedLockKeepsLaterReadersOut() throws Exception {
        TestSession s3 = server.session("s3");
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = 1 WHERE id = 1");
        s2.exec("BEGIN");
        Step lock = s2.run("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE");
        assertThat(lock.blocked()).isTrue();
        Step read = s3.run("SELECT count(*) FROM accounts");
        assertThat(read.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(lock.result()).isEqualTo("count 0");
        s2.exec("COMMIT");
        assertThat(read.result()).isEqualTo("3");
    }

    @Test
    void lockTableOutsideATransactionBlockAndOfAMissingTableFail() {
        assertThat(s1.exec("LOCK TABLE accounts"))
                .isEqualTo("ERROR 25P01: LOCK TABLE can only be used in transaction blocks");
        s1.exec("BEGIN");
        assertThat(s1.exec("LOCK TABLE nosuch IN SHARE MODE"))
                .isEqualTo("ERROR 42P01: relation \"nosuch\" does not exist");
        s1.exec("ROLLBACK");
        s1.exec("BEGIN READ ONLY");
        assertThat(s1.exec("LOCK TABLE accounts IN ROW EXCLUSIVE MODE")).isEqualTo("count 0");
        assertThat(s1.exec("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE")).isEqualTo("count 0");
        s1.exec("ROLLBACK");
    }

    @Test
    void lockTimeoutEndsARowLockWaitWith55P03() {
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = 1 WHERE id = 1");
        s2.exec("SET lock_timeout = '50ms'");
        assertThat(s2.run("UPDATE accounts SET balance = 2 WHERE id = 1").result())
                .isEqualTo("ERROR 55P03: canceling statement due to lock timeout");
        s2.exec("BEGIN");
        assertThat(s2.run("LOCK TABLE accounts IN EXCLUSIVE MODE").result())
                .isEqualTo("ERROR 55P03: canceling statement due to lock timeout");
        s2.exec("ROLLBACK");
        s2.exec("RESET lock_timeout");
        s1.exec("COMMIT");
        assertThat(s2.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("1");
    }

    @Test
    void advisoryLocksWaitAcrossSessionsAndEndWithTheSessionOrTransaction() throws Exception {
        assertThat(s1.exec("SELECT pg_advisory_lock(42)")).isEqualTo("");
        assertThat(s2.exec("SELECT pg_try_advisory_lock(42)")).isEqualTo("f");
        assertThat(s2.exec("SELECT pg_try_advisory_lock_shared(42)")).isEqualTo("f");
        TestSession.Step wait = s2.run("SELECT pg_advisory_lock(42)");
        assertThat(wait.blocked()).isTrue();
        assertThat(s1.exec("SELECT pg_advisory_unlock(42)")).isEqualTo("t");
        assertThat(wait.result()).isEqualTo("");
        assertThat(s1.exec("SELECT pg_try_advisory_lock(42)")).isEqualTo("f");

        // shared locks share; a transaction-level one ends with its transaction
        assertThat(s1.exec("SELECT pg_advisory_lock_shared(7)")).isEqualTo("");
        assertThat(s2.exec("SELECT pg_try_advisory_lock_shared(7)")).isEqualTo("t");
        s1.exec("BEGIN");
        assertThat(s1.exec("SELECT pg_try_advisory_xact_lock(8)")).isEqualTo("t");
        assertThat(s2.exec("SELECT pg_try_advisory_xact_lock(8)")).isEqualTo("f");
        s1.exec("COMMIT");
        assertThat(s2.exec("SELECT pg_try_advisory_xact_lock(8)")).isEqualTo("t");

        // the two-int form is another lock space than the bigint form
        assertThat(s1.exec("SELECT pg_advisory_lock(0, 42)")).isEqualTo("");
        assertThat(s2.exec("SELECT pg_try_advisory_lock(0, 42)")).isEqualTo("f");

        // a session's locks end with it (the server notices the disconnect a moment later)
        s2.close();
        TestSession s3 = server.session("s3");
        String got = s3.exec("SELECT pg_try_advisory_lock(42)");
        for (int i = 0; i < 50 && got.equals("f"); i++) {
            Thread.sleep(100);
            got = s3.exec("SELECT pg_try_advisory_lock(42)");
        }
        assertThat(got).isEqualTo("t");
    }

    @Test
    void pgCancelBackendStopsAnotherSessionsLockWait() {
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = 1 WHERE id = 1");
        TestSession.Step update = s2.run("UPDATE accounts SET balance = 2 WHERE id = 1");
        assertThat(update.blocked()).isTrue();
        assertThat(s1.exec("SELECT pg_cancel_backend(" + s2.pid() + ")")).isEqualTo("t");
        assertThat(update.result()).isEqualTo("ERROR 57014: canceling statement due to user request");
        s1.exec("ROLLBACK");
        assertThat(s2.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("100");
    }

    @Test
    void statementTimeoutEndsALockWaitWith57014() {
        s1.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = 1 WHERE id = 1");
        s2.exec("SET statement_timeout = '50ms'");
        assertThat(s2.run("UPDATE accounts SET balance = 2 WHERE id = 1").result())
                .isEqualTo("ERROR 57014: canceling statement due to statement timeout");
        assertThat(s2.exec("SELECT count(*) FROM accounts")).isEqualTo("3");
        s2.exec("RESET statement_timeout");
        s1.exec("ROLLBACK");
    }

    @Test
    void twoSessionDeadlockAbortsTheFirstWaiterWithPostgresMessage() {
        s1.exec("SET deadlock_timeout = '300ms'");
        s2.exec("SET deadlock_timeout = '10s'");
        s1.exec("BEGIN");
        s2.exec("BEGIN");
        s1.exec("UPDATE accounts SET balance = 11 WHERE id = 1");
        s2.exec("UPDATE accounts SET balance = 22 WHERE id = 2");
        Step first = s1.run("UPDATE accounts SET balance = 12 WHERE id = 2");
        assertThat(first.blocked()).isTrue();
        Step second = s2.run("UPDATE accounts SET balance = 21 WHERE id = 1");
        assertThat(first.result()).isEqualTo("ERROR 40P01: deadlock detected");
        assertThat(s1.lastErrorDetail).matches("Process " + s1.pid() + " waits for ShareLock on transaction \\d+; "
                + "blocked by process " + s2.pid() + "\\.\nProcess " + s2.pid()
                + " waits for ShareLock on transaction \\d+; blocked by process " + s1.pid() + "\\.");
        assertThat(second.result()).isEqualTo("count 1");
        s1.exec("ROLLBACK");
        s2.exec("COMMIT");
        assertThat(s1.exec("SELECT id, balance FROM accounts ORDER BY id")).isEqualTo("1|21, 2|22, 3|300");
    }

    @Test
    void threeSessionDeadlockAbortsExactlyOne() throws Exception {
        TestSession s3 = server.session("s3");
        s1.exec("SET deadlock_timeout = '300ms'");
        s2.exec("SET deadlock_timeout = '10s'");
        s3.exec("SET deadlock_timeout = '10s'");
        for (TestSession s : List.of(s1, s2, s3)) {
            s.exec("BEGIN");
        }
        s1.exec("UPDATE accounts SET balance = 1 WHERE id = 1");
        s2.exec("UPDATE accounts SET balance = 2 WHERE id = 2");
        s3.exec("UPDATE accounts SET balance = 3 WHERE id = 3");
        Step a = s1.run("UPDATE accounts SET balance = 12 WHERE id = 2");
        Step b = s2.run("UPDATE accounts SET balance = 23 WHERE id = 3");
        Step c = s3.run("UPDATE accounts SET balance = 31 WHERE id = 1");
        assertThat(a.blocked() && b.blocked() && c.blocked()).isTrue();
        assertThat(a.result()).isEqualTo("ERROR 40P01: deadlock detected");
        assertThat(c.result()).isEqualTo("count 1");
        assertThat(b.stillBlocked()).isTrue();
        s3.exec("COMMIT");
        assertThat(b.result()).isEqualTo("count 1");
        s2.exec("COMMIT");
        s1.exec("ROLLBACK");
        assertThat(s1.exec("SELECT id, balance FROM accounts ORDER BY id")).isEqualTo("1|31, 2|2, 3|23");
    }

    @Test
    void dropTableWaitsForATransactionThatReadTheTable() {
        s1.exec("BEGIN");
        assertThat(s1.exec("SELECT count(*) FROM accounts")).isEqualTo("3");
        Step drop = s2.run("DROP TABLE accounts");
        assertThat(drop.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(drop.result()).isEqualTo("count 0");
    }
}
