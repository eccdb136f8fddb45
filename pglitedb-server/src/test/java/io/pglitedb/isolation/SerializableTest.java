package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SERIALIZABLE (Serializable Snapshot Isolation) between sessions, step by step: the anomalies
 * REPEATABLE READ allows are refused with 40001 at the step where PostgreSQL 15 refuses them
 * (checked by running this class with {@code -Dwire.reference.port=55432}), and transactions
 * that do not conflict all commit.
 */
@Timeout(120)
class SerializableTest {
    private static final String RW_CONFLICT =
            "ERROR 40001: could not serialize access due to read/write dependencies among transactions";

    private IsolationServer server;
    private TestSession s1;
    private TestSession s2;
    private TestSession s3;

    @BeforeEach
    void start() throws Exception {
        server = IsolationServer.start();
        server.setup("DROP TABLE IF EXISTS doctors", "DROP TABLE IF EXISTS mytab", "DROP TABLE IF EXISTS accounts",
                "DROP TABLE IF EXISTS ssi_items");
        s1 = server.session("s1");
        s2 = server.session("s2");
        s3 = server.session("s3");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** Write skew: each reads both rows and changes one; the second to commit fails. */
    @Test
    void writeSkewFailsTheSecondCommit() throws Exception {
        server.setup("CREATE TABLE doctors (name text PRIMARY KEY, on_call boolean NOT NULL)",
                "INSERT INTO doctors VALUES ('alice', true), ('bob', true)");
        s1.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        s2.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        assertThat(s1.exec("SELECT count(*) FROM doctors WHERE on_call")).isEqualTo("2");
        assertThat(s2.exec("SELECT count(*) FROM doctors WHERE on_call")).isEqualTo("2");
        assertThat(s1.exec("UPDATE doctors SET on_call = false WHERE name = 'alice'")).isEqualTo("count 1");
        assertThat(s2.exec("UPDATE doctors SET on_call = false WHERE name = 'bob'")).isEqualTo("count 1");
        assertThat(s1.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s2.exec("COMMIT")).isEqualTo(RW_CONFLICT);
        assertThat(s2.lastErrorDetail).startsWith("Reason code: Canceled on identification as a pivot");
        assertThat(s1.exec("SELECT name FROM doctors WHERE on_call")).isEqualTo("bob");
    }

    /**
     * Phantoms: each sums one class and inserts into the other (PostgreSQL's documentation
     * example); the rows the other inserts fall into the range each one read.
     */
    @Test
    void insertsIntoARangeAnotherReadAreConflicts() throws Exception {
        server.setup("CREATE TABLE mytab (class integer NOT NULL, value integer NOT NULL)",
                "INSERT INTO mytab VALUES (1, 10), (1, 20), (2, 100), (2, 200)");
        s1.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        s2.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        assertThat(s1.exec("SELECT sum(value) FROM mytab WHERE class = 1")).isEqualTo("30");
        assertThat(s2.exec("SELECT sum(value) FROM mytab WHERE class = 2")).isEqualTo("300");
        assertThat(s1.exec("INSERT INTO mytab VALUES (2, 30)")).isEqualTo("count 1");
        assertThat(s2.exec("INSERT INTO mytab VALUES (1, 300)")).isEqualTo("count 1");
        assertThat(s1.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s2.exec("COMMIT")).isEqualTo(RW_CONFLICT);
        assertThat(s3.exec("SELECT class, sum(value) FROM mytab GROUP BY class ORDER BY class")).isEqualTo("1|30, 2|330");
    }

    /**
     * The read-only anomaly (Fekete, O'Neil, O'Neil 2004): a read-only report sees a deposit the
     * still-running withdrawal did not, so the withdrawal's penalty would be inexplicable. The
     * withdrawal (the pivot) fails at its write.
     */
    @Test
    void readOnlyAnomalyCancelsThePivot() throws Exception {
        server.setup("CREATE TABLE accounts (name text PRIMARY KEY, balance integer NOT NULL)",
                "INSERT INTO accounts VALUES ('checking', 0), ('savings', 0)");
        s2.exec("BEGIN ISOLATION LEVEL SERIALIZABLE"); // the withdrawal
        assertThat(s2.exec("SELECT sum(balance) FROM accounts")).isEqualTo("0");
        s1.exec("BEGIN ISOLATION LEVEL SERIALIZABLE"); // the deposit
        assertThat(s1.exec("UPDATE accounts SET balance = balance + 20 WHERE name = 'savings'")).isEqualTo("count 1");
        assertThat(s1.exec("COMMIT")).isEqualTo("count 0");
        s3.exec("BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY"); // the report
        assertThat(s3.exec("SELECT name, balance FROM accounts ORDER BY name")).isEqualTo("checking|0, savings|20");
        assertThat(s3.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s2.exec("UPDATE accounts SET balance = balance - 11 WHERE name = 'checking'")).isEqualTo(RW_CONFLICT);
        s2.exec("ROLLBACK");
        assertThat(s3.exec("SELECT name, balance FROM accounts ORDER BY name")).isEqualTo("checking|0, savings|20");
    }

    /** Transactions that touch different rows by primary key, and readers alone, all commit. */
    @Test
    void transactionsWithoutDangerousConflictsCommit() throws Exception {
        server.setup("CREATE TABLE accounts (name text PRIMARY KEY, balance integer NOT NULL)",
                "INSERT INTO accounts VALUES ('a', 10), ('b', 20)");
        s1.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        s2.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        assertThat(s1.exec("UPDATE accounts SET balance = balance + 1 WHERE name = 'a'")).isEqualTo("count 1");
        assertThat(s2.exec("UPDATE accounts SET balance = balance + 1 WHERE name = 'b'")).isEqualTo("count 1");
        assertThat(s1.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s2.exec("COMMIT")).isEqualTo("count 0");

        // one rw-conflict alone (a reader before a writer) is serializable: both commit
        s1.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        s2.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        assertThat(s1.exec("SELECT sum(balance) FROM accounts")).isEqualTo("32");
        assertThat(s2.exec("UPDATE accounts SET balance = 0 WHERE name = 'a'")).isEqualTo("count 1");
        assertThat(s2.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s1.exec("SELECT sum(balance) FROM accounts")).isEqualTo("32");
        assertThat(s1.exec("COMMIT")).isEqualTo("count 0");
    }

    /** Only serializable transactions take part: a REPEATABLE READ write skew partner is not cancelled. */
    @Test
    void aRepeatableReadPartnerDoesNotCountAsAConflict() throws Exception {
        server.setup("CREATE TABLE doctors (name text PRIMARY KEY, on_call boolean NOT NULL)",
                "INSERT INTO doctors VALUES ('alice', true), ('bob', true)");
        s1.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        s2.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        assertThat(s1.exec("SELECT count(*) FROM doctors WHERE on_call")).isEqualTo("2");
        assertThat(s2.exec("SELECT count(*) FROM doctors WHERE on_call")).isEqualTo("2");
        assertThat(s1.exec("UPDATE doctors SET on_call = false WHERE name = 'alice'")).isEqualTo("count 1");
        assertThat(s2.exec("UPDATE doctors SET on_call = false WHERE name = 'bob'")).isEqualTo("count 1");
        assertThat(s1.exec("COMMIT")).isEqualTo("count 0");
        assertThat(s2.exec("COMMIT")).isEqualTo("count 0");
    }
}
