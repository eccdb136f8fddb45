package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.Store;
import io.pglitedb.txn.TransactionManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TRUNCATE, DROP TABLE and ALTER TABLE … ADD PRIMARY KEY move a table to new storage private to
 * the transaction (rows written straight to the store, several flushes for the big cases here):
 * other sessions wait for the table lock (ACCESS EXCLUSIVE, as in PostgreSQL) until commit, rollback and a lost process leave the old
 * rows and nothing else, and the old storage is gone after commit.
 */
class TableStorageTest {
    /** Rows big enough to pass the 4 MB direct-write chunk several times. */
    private static final String BULK = "INSERT INTO t SELECT g, repeat('x', 200) FROM generate_series(1, 60000) g";

    @TempDir
    Path dir;
    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private Session open() {
        if (database == null) {
            database = Database.open(dir);
        }
        return database.openSession(Map.of("user", "postgres", "database", "postgres"));
    }

    private static String count(Session session) {
        return run(session, "SELECT count(*), coalesce(sum(a), 0) FROM t").rows.get(0).toString();
    }

    /** A read of t by {@code session} waits for a lock (checked with a short lock_timeout). */
    private static void assertReadWaits(Session session) {
        run(session, "SET lock_timeout = '20ms'");
        assertThatThrownBy(() -> count(session)).isInstanceOf(PgException.class)
                .hasMessage("canceling statement due to lock timeout");
        run(session, "RESET lock_timeout");
    }

    /** Every key the user database holds (all tables' rows, live storage and leftovers alike). */
    private long storedKeys() {
        database.close();
        database = null;
        long[] keys = {0};
        try (Store store = Store.open(dir)) {
            // the rows come after the database's catalog entries, from the first user OID on
            byte[] database = new KeyEncoder().addInt(DatabaseDescriptor.POSTGRES_OID).toBytes();
            byte[] rows = new KeyEncoder().addInt(DatabaseDescriptor.POSTGRES_OID).addInt(Catalog.FIRST_USER_OID).toBytes();
            new TransactionManager(store).scanCommitted(rows, KeyEncoder.prefixEnd(database), (k, v) -> {
                keys[0]++;
                return true;
            });
        }
        return keys[0];
    }

    @Test
    void truncateAndReloadIsInvisibleUntilCommitAndUndoneByRollback() {
        Session a = open();
        Session b = open();
        run(a, "CREATE TABLE t (a int, b text)");
        run(a, "INSERT INTO t VALUES (1, 'one'), (2, 'two')");

        run(a, "BEGIN");
        run(a, "TRUNCATE t");
        assertThat(count(a)).isEqualTo("[0, 0]");
        run(a, BULK);
        assertThat(count(a)).isEqualTo("[60000, 1800030000]");
        // TRUNCATE holds ACCESS EXCLUSIVE until the transaction ends: readers wait, as in PostgreSQL
        assertReadWaits(b);
        run(a, "ROLLBACK");
        assertThat(count(a)).isEqualTo("[2, 3]");
        assertThat(count(b)).isEqualTo("[2, 3]");

        run(a, "BEGIN");
        run(a, "TRUNCATE t");
        run(a, BULK);
        run(a, "DELETE FROM t WHERE a > 10");
        run(a, "UPDATE t SET a = a + 100 WHERE a <= 5");
        assertReadWaits(b);
        run(a, "COMMIT");
        assertThat(count(b)).isEqualTo("[10, 555]");
        a.close();
        b.close();
        assertThat(storedKeys()).isEqualTo(10);
        assertThat(count(open())).isEqualTo("[10, 555]");
    }

    @Test
    void aTransactionLostWithTheProcessLeavesNoRows() {
        Session a = open();
        run(a, "CREATE TABLE t (a int, b text)");
        run(a, "INSERT INTO t VALUES (1, 'one'), (2, 'two')");
        run(a, "BEGIN");
        run(a, "TRUNCATE t");
        run(a, BULK);
        run(a, "SELECT 1"); // the rows are in the store now, under storage no committed table names
        run(a, "CREATE TABLE u (a int)");
        run(a, "INSERT INTO u SELECT g FROM generate_series(1, 1000) g");
        run(a, "SELECT 1");
        // closed without COMMIT or ROLLBACK, as when the process dies
        assertThat(storedKeys()).isGreaterThan(2); // the leftovers are still there before the next open
        Session again = open();
        assertThat(count(again)).isEqualTo("[2, 3]");
        assertThatThrownBy(() -> run(again, "SELECT * FROM u")).isInstanceOf(PgException.class)
                .hasMessageContaining("relation \"u\" does not exist");
        again.close();
        assertThat(storedKeys()).isEqualTo(2);
    }

    @Test
    void dropTableDeletesItsRowsAfterCommit() {
        Session a = open();
        run(a, "CREATE TABLE t (a int, b text)");
        run(a, BULK);
        run(a, "CREATE TABLE keep (a int)");
        run(a, "INSERT INTO keep VALUES (1)");
        run(a, "BEGIN");
        run(a, "DROP TABLE t");
        run(a, "ROLLBACK");
        assertThat(count(a)).isEqualTo("[60000, 1800030000]");
        run(a, "DROP TABLE t");
        a.close();
        assertThat(storedKeys()).isEqualTo(1);
    }

    @Test
    void addPrimaryKeyRewritesRowsAndNamesTheSmallestDuplicate() {
        Session a = open();
        run(a, "CREATE TABLE t (a int, b text)");
        run(a, "INSERT INTO t VALUES (7, 'x'), (5, 'y'), (9, 'z'), (7, 'w'), (5, 'v')");
        PgException e = (PgException) org.assertj.core.api.Assertions.catchThrowable(
                () -> run(a, "ALTER TABLE t ADD PRIMARY KEY (a)"));
        assertThat(e.state()).isEqualTo(io.pglitedb.error.SqlState.UNIQUE_VIOLATION);
        assertThat(e.getMessage()).isEqualTo("could not create unique index \"t_pkey\"");
        assertThat(e.detail()).isEqualTo("Key (a)=(5) is duplicated.");
        run(a, "DELETE FROM t WHERE b IN ('w', 'v')");
        run(a, "ALTER TABLE t ADD PRIMARY KEY (a)");
        assertThat(run(a, "SELECT a, b FROM t").rows)
                .containsExactly(List.of("5", "y"), List.of("7", "x"), List.of("9", "z"));
        assertThatThrownBy(() -> run(a, "INSERT INTO t VALUES (9, 'again')")).isInstanceOf(PgException.class)
                .hasMessageContaining("duplicate key value violates unique constraint \"t_pkey\"");
        a.close();
        assertThat(storedKeys()).isEqualTo(3);
    }

    @Test
    void aPreparedInsertAfterTruncateInTheSameTransactionWritesTheNewStorage() {
        Session a = open();
        run(a, "CREATE TABLE t (a int, b text)");
        run(a, "INSERT INTO t VALUES (1, 'one')");
        a.parse("ins", "INSERT INTO t VALUES ($1, 'p')", new int[] {23});
        run(a, "BEGIN");
        run(a, "TRUNCATE t");
        a.bind("", "ins", new Object[] {42}, new short[0]);
        a.execute("", 0, new CollectingSink());
        run(a, "COMMIT");
        assertThat(count(a)).isEqualTo("[1, 42]");
        a.close();
        assertThat(storedKeys()).isEqualTo(1);
    }
}
