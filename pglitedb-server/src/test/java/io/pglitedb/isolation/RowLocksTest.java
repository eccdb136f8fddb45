package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.isolation.TestSession.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SELECT ... FOR UPDATE / NO KEY UPDATE / SHARE / KEY SHARE with NOWAIT and SKIP LOCKED between
 * sessions, with PostgreSQL 15's outcomes (checked with {@code -Dwire.reference.port=55432}).
 */
@Timeout(120)
class RowLocksTest {
    private static final String ROW_LOCKED = "ERROR 55P03: could not obtain lock on row in relation \"jobs\"";

    private IsolationServer server;
    private TestSession s1;
    private TestSession s2;

    @BeforeEach
    void start() throws Exception {
        server = IsolationServer.start();
        server.setup("DROP TABLE IF EXISTS jobs",
                "CREATE TABLE jobs (id integer PRIMARY KEY, priority integer NOT NULL, state text NOT NULL)",
                "INSERT INTO jobs VALUES (1, 100, 'new'), (2, 200, 'new'), (3, 300, 'new')",
                "DROP TABLE IF EXISTS notes",
                "CREATE TABLE notes (id integer PRIMARY KEY, job integer NOT NULL, body text)",
                "INSERT INTO notes VALUES (10, 1, 'a'), (20, 2, 'b')");
        s1 = server.session("s1");
        s2 = server.session("s2");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void forUpdateWaitsForTheWriterAndReturnsTheNewestVersion() {
        s1.exec("BEGIN");
        s1.exec("UPDATE jobs SET priority = 150 WHERE id = 1");
        Step lock = s2.run("SELECT id, priority FROM jobs WHERE id = 1 FOR UPDATE");
        assertThat(lock.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(lock.result()).isEqualTo("1|150");
    }

    @Test
    void forUpdateRechecksTheWhereClauseAfterWaiting() {
        s1.exec("BEGIN");
        s1.exec("UPDATE jobs SET priority = 5 WHERE id = 1");
        s1.exec("DELETE FROM jobs WHERE id = 3");
        Step lock = s2.run("SELECT id, priority FROM jobs WHERE priority > 50 ORDER BY id FOR UPDATE");
        assertThat(lock.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(lock.result()).isEqualTo("2|200");
    }

    @Test
    void skipLockedHandsEachWorkerAnotherJobAndNowaitFails() {
        s1.exec("BEGIN");
        s2.exec("BEGIN");
        String claim = "SELECT id FROM jobs WHERE state = 'new' ORDER BY priority LIMIT 1 FOR UPDATE SKIP LOCKED";
        assertThat(s1.exec(claim)).isEqualTo("1");
        assertThat(s2.exec(claim)).isEqualTo("2");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT")).isEqualTo(ROW_LOCKED);
        s2.exec("ROLLBACK");
        s2.exec("BEGIN");
        assertThat(s2.exec("SELECT id FROM jobs ORDER BY id FOR SHARE SKIP LOCKED")).isEqualTo("2, 3");
        s2.exec("ROLLBACK");
        s1.exec("COMMIT");
    }

    @Test
    void keyShareDoesNotBlockAnUpdateButBlocksADelete() {
        s1.exec("BEGIN");
        assertThat(s1.exec("SELECT id FROM jobs WHERE id = 1 FOR KEY SHARE")).isEqualTo("1");
        assertThat(s2.exec("UPDATE jobs SET state = 'running' WHERE id = 1")).isEqualTo("count 1");
        Step delete = s2.run("DELETE FROM jobs WHERE id = 1");
        assertThat(delete.blocked()).isTrue();
        s1.exec("ROLLBACK");
        assertThat(delete.result()).isEqualTo("count 1");
    }

    @Test
    void shareLocksCoexistAndKeepWritersOut() {
        s1.exec("BEGIN");
        s2.exec("BEGIN");
        assertThat(s1.exec("SELECT id FROM jobs WHERE id = 2 FOR SHARE")).isEqualTo("2");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 2 FOR SHARE")).isEqualTo("2");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 2 FOR NO KEY UPDATE NOWAIT")).isEqualTo(ROW_LOCKED);
        s2.exec("ROLLBACK");
        Step update = s2.run("UPDATE jobs SET state = 'x' WHERE id = 2");
        assertThat(update.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("count 1");
    }

    @Test
    void rollbackToSavepointUndoesALockUpgrade() {
        s1.exec("BEGIN");
        s1.exec("SELECT id FROM jobs WHERE id = 1 FOR SHARE");
        s1.exec("SAVEPOINT a");
        s1.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE");
        s2.exec("BEGIN");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR SHARE NOWAIT")).isEqualTo(ROW_LOCKED);
        s2.exec("ROLLBACK");
        s1.exec("ROLLBACK TO a");
        s2.exec("BEGIN");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR SHARE NOWAIT")).isEqualTo("1");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT")).isEqualTo(ROW_LOCKED);
        s2.exec("ROLLBACK");
        s1.exec("COMMIT");
    }

    @Test
    void repeatableReadForUpdateOfAChangedRowFailsWith40001() {
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s1.exec("SELECT count(*) FROM jobs");
        s2.exec("UPDATE jobs SET state = 'done' WHERE id = 1");
        assertThat(s1.exec("SELECT id FROM jobs WHERE id = 2 FOR UPDATE")).isEqualTo("2");
        assertThat(s1.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE"))
                .isEqualTo("ERROR 40001: could not serialize access due to concurrent update");
        s1.exec("ROLLBACK");
    }

    @Test
    void forUpdateOverAJoinLocksTheRowsOfEveryTableItJoined() {
        String joined = "SELECT j.id, n.id FROM jobs j JOIN notes n ON n.job = j.id ORDER BY j.id";
        s1.exec("BEGIN");
        assertThat(s1.exec(joined + " FOR UPDATE")).isEqualTo("1|10, 2|20");
        // s2's probes run each in its own transaction
        assertThat(s2.exec("SELECT id FROM notes WHERE id = 20 FOR UPDATE NOWAIT"))
                .isEqualTo("ERROR 55P03: could not obtain lock on row in relation \"notes\"");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT")).isEqualTo(ROW_LOCKED);
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 3 FOR UPDATE NOWAIT")).isEqualTo("3"); // joined nothing
        s1.exec("ROLLBACK");
        s1.exec("BEGIN");
        assertThat(s1.exec(joined + " LIMIT 1 FOR UPDATE OF j")).isEqualTo("1|10");
        assertThat(s2.exec("SELECT id FROM notes WHERE id = 10 FOR UPDATE NOWAIT")).isEqualTo("10"); // OF j only
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 2 FOR UPDATE NOWAIT")).isEqualTo("2"); // past the LIMIT
        assertThat(s2.exec(joined + " FOR SHARE OF j SKIP LOCKED")).isEqualTo("2|20");
        s1.exec("COMMIT");
    }

    @Test
    void forUpdateOverAJoinLocksTheRowsOfATableWithoutPrimaryKey() {
        s1.exec("DROP TABLE IF EXISTS tags");
        s1.exec("CREATE TABLE tags (job integer, label text)");
        s1.exec("INSERT INTO tags VALUES (1, 'x'), (2, 'y'), (9, 'z')");
        String joined = "SELECT j.id, t.label FROM jobs j JOIN tags t ON t.job = j.id ORDER BY j.id";
        s1.exec("BEGIN");
        assertThat(s1.exec(joined + " FOR UPDATE OF t")).isEqualTo("1|x, 2|y");
        assertThat(s2.exec("SELECT label FROM tags WHERE label = 'y' FOR UPDATE NOWAIT"))
                .isEqualTo("ERROR 55P03: could not obtain lock on row in relation \"tags\"");
        assertThat(s2.exec("SELECT label FROM tags WHERE label = 'z' FOR UPDATE NOWAIT")).isEqualTo("z"); // joined nothing
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT")).isEqualTo("1"); // OF t only
        Step update = s2.run("UPDATE tags SET label = 'w' WHERE label = 'x'");
        assertThat(update.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("count 1");
        assertThat(s1.exec(joined + " FOR SHARE")).isEqualTo("1|w, 2|y");
        s1.exec("DROP TABLE tags");
    }

    @Test
    void forUpdateThroughASubqueryAnAliasedJoinOrAViewLocksTheRowsOfItsTables() {
        s1.exec("DROP VIEW IF EXISTS urgent");
        s1.exec("CREATE VIEW urgent AS SELECT id, priority FROM jobs WHERE priority >= 200");
        s1.exec("BEGIN");
        assertThat(s1.exec("SELECT id FROM (SELECT * FROM jobs WHERE id < 3) s ORDER BY id FOR UPDATE")).isEqualTo("1, 2");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 2 FOR UPDATE NOWAIT")).isEqualTo(ROW_LOCKED);
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 3 FOR UPDATE NOWAIT")).isEqualTo("3"); // not in the subquery
        s1.exec("ROLLBACK");
        s1.exec("BEGIN");
        assertThat(s1.exec("SELECT jid FROM (jobs j JOIN notes n ON n.job = j.id) AS b (jid) ORDER BY jid FOR UPDATE OF n"))
                .isEqualTo("1, 2");
        assertThat(s2.exec("SELECT id FROM notes WHERE id = 10 FOR UPDATE NOWAIT"))
                .isEqualTo("ERROR 55P03: could not obtain lock on row in relation \"notes\"");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT")).isEqualTo("1"); // OF n only
        s1.exec("ROLLBACK");
        s1.exec("BEGIN");
        assertThat(s1.exec("SELECT u.id FROM urgent u ORDER BY u.id FOR UPDATE OF u")).isEqualTo("2, 3");
        assertThat(s2.exec("SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT")).isEqualTo("1"); // not in the view
        Step update = s2.run("UPDATE jobs SET priority = 1 WHERE id = 3");
        assertThat(update.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(update.result()).isEqualTo("count 1");
        assertThat(s1.exec("SELECT id FROM urgent ORDER BY id FOR SHARE")).isEqualTo("2");
        s1.exec("DROP VIEW urgent");
    }

    @Test
    void forUpdateOverAJoinWaitsAndReturnsTheNewestVersionsOrFailsInRepeatableRead() {
        String joined = "SELECT j.id, j.priority, n.id FROM jobs j, notes n WHERE n.job = j.id ORDER BY j.id FOR UPDATE";
        s1.exec("BEGIN");
        s1.exec("UPDATE jobs SET priority = 150 WHERE id = 1");
        s1.exec("DELETE FROM notes WHERE id = 20");
        Step lock = s2.run(joined);
        assertThat(lock.blocked()).isTrue();
        s1.exec("COMMIT");
        assertThat(lock.result()).isEqualTo("1|150|10");
        s1.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        s1.exec("SELECT count(*) FROM jobs");
        s2.exec("UPDATE notes SET body = 'c' WHERE id = 10");
        assertThat(s1.exec(joined)).isEqualTo("ERROR 40001: could not serialize access due to concurrent update");
        s1.exec("ROLLBACK");
    }

    @Test
    void lockingClausesWithPostgresErrors() {
        assertThat(s1.exec("SELECT count(*) FROM jobs FOR UPDATE"))
                .isEqualTo("ERROR 0A000: FOR UPDATE is not allowed with aggregate functions");
        assertThat(s1.exec("SELECT DISTINCT state FROM jobs FOR NO KEY UPDATE"))
                .isEqualTo("ERROR 0A000: FOR NO KEY UPDATE is not allowed with DISTINCT clause");
        assertThat(s1.exec("SELECT state FROM jobs GROUP BY state FOR SHARE"))
                .isEqualTo("ERROR 0A000: FOR SHARE is not allowed with GROUP BY clause");
        assertThat(s1.exec("SELECT id FROM jobs UNION SELECT id FROM jobs FOR KEY SHARE"))
                .isEqualTo("ERROR 0A000: FOR KEY SHARE is not allowed with UNION/INTERSECT/EXCEPT");
        assertThat(s1.exec("SELECT id FROM jobs FOR UPDATE OF nosuch"))
                .isEqualTo("ERROR 42P01: relation \"nosuch\" in FOR UPDATE clause not found in FROM clause");
        assertThat(s1.exec("SELECT j.id FROM jobs j WHERE j.id = 3 FOR UPDATE OF j")).isEqualTo("3");
        assertThat(s1.exec("SELECT 1 FOR UPDATE")).isEqualTo("1");
        assertThat(s1.exec("SELECT j.id FROM jobs j LEFT JOIN notes n ON n.job = j.id FOR UPDATE")).isEqualTo(
                "ERROR 0A000: FOR UPDATE cannot be applied to the nullable side of an outer join");
        assertThat(s1.exec("SELECT j.id FROM jobs j, generate_series(1, 2) g WHERE j.id = 3 FOR UPDATE OF g"))
                .isEqualTo("ERROR 0A000: FOR UPDATE cannot be applied to a function");
        assertThat(s1.exec("SELECT j.id FROM jobs j LEFT JOIN notes n ON n.job = j.id WHERE j.id = 3 FOR UPDATE OF j"))
                .isEqualTo("3");
        s1.exec("BEGIN READ ONLY");
        assertThat(s1.exec("SELECT id FROM jobs FOR UPDATE"))
                .isEqualTo("ERROR 25006: cannot execute SELECT FOR UPDATE in a read-only transaction");
        s1.exec("ROLLBACK");
    }
}
