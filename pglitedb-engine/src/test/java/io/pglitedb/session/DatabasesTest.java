package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.Store;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several databases in one data directory (psql-visible behaviour is in compat/databases.sql):
 * what needs two sessions at once or a restart.
 */
class DatabasesTest {
    @TempDir
    Path dir;
    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private Session connect(String name) {
        if (database == null) {
            database = Database.open(dir);
        }
        return database.openSession(Map.of("user", "postgres", "database", name));
    }

    @Test
    void databasesKeepTheirOwnTablesAcrossARestart() {
        Session postgres = connect("postgres");
        run(postgres, "CREATE DATABASE shop");
        run(postgres, "CREATE TABLE t (v text)");
        run(postgres, "INSERT INTO t VALUES ('postgres')");
        Session shop = connect("shop");
        run(shop, "CREATE TABLE t (v text)");
        run(shop, "INSERT INTO t VALUES ('shop')");
        database.close();
        database = null;

        assertThat(run(connect("shop"), "SELECT current_database(), v FROM t").rows)
                .containsExactly(List.of("shop", "shop"));
        assertThat(run(connect("postgres"), "SELECT current_database(), v FROM t").rows)
                .containsExactly(List.of("postgres", "postgres"));
    }

    @Test
    void connectingToAMissingOrClosedDatabaseIsFatal() {
        connect("postgres");
        assertThatThrownBy(() -> connect("nosuch")).isInstanceOf(PgException.class)
                .hasMessage("database \"nosuch\" does not exist")
                .satisfies(e -> assertThat(((PgException) e).severity()).isEqualTo("FATAL"));
        assertThatThrownBy(() -> connect("template0")).isInstanceOf(PgException.class)
                .hasMessage("database \"template0\" is not currently accepting connections");
    }

    @Test
    void dropWaitsForNoOtherSessionOrTerminatesThemWithForce() {
        Session admin = connect("postgres");
        run(admin, "CREATE DATABASE busy");
        Session user = connect("busy");
        run(user, "CREATE TABLE t (a int)");
        int oid = database.databases().get("busy").oid();
        assertThatThrownBy(() -> run(admin, "DROP DATABASE busy")).isInstanceOf(PgException.class)
                .hasMessage("database \"busy\" is being accessed by other users")
                .satisfies(e -> assertThat(((PgException) e).detail())
                        .isEqualTo("There is 1 other session using the database."));

        run(admin, "DROP DATABASE busy WITH (FORCE)");
        assertThatThrownBy(() -> run(user, "SELECT 1")).isInstanceOf(PgException.class)
                .hasMessage("terminating connection due to administrator command")
                .satisfies(e -> assertThat(((PgException) e).severity()).isEqualTo("FATAL"));
        user.close();
        assertThatThrownBy(() -> connect("busy")).hasMessage("database \"busy\" does not exist");
        assertThat(keysUnder(oid)).isZero();
    }

    @Test
    void aDroppedDatabaseLeavesNoKeysAndANewOneWithItsNameStartsEmpty() {
        Session admin = connect("postgres");
        run(admin, "CREATE DATABASE scratch");
        Session scratch = connect("scratch");
        run(scratch, "CREATE TABLE t (a int PRIMARY KEY)");
        run(scratch, "INSERT INTO t SELECT g FROM generate_series(1, 1000) g");
        int oid = database.databases().get("scratch").oid();
        scratch.close();
        run(admin, "DROP DATABASE scratch");
        assertThat(keysUnder(oid)).isZero();

        run(admin, "CREATE DATABASE scratch");
        assertThatThrownBy(() -> run(connect("scratch"), "SELECT * FROM t"))
                .hasMessage("relation \"t\" does not exist");
    }

    /**
     * A data directory written before there were several databases kept its catalog under key
     * space 0; opening it moves the catalog to the postgres database and keeps every table.
     */
    @Test
    void aDataDirectoryWithTheOldCatalogLayoutOpens() {
        Session postgres = connect("postgres");
        run(postgres, "CREATE TABLE t (id int PRIMARY KEY, v text)");
        run(postgres, "CREATE SEQUENCE s");
        run(postgres, "INSERT INTO t VALUES (1, 'kept')");
        database.close();
        database = null;
        try (Store store = Store.open(dir)) { // rewrite to the old layout: catalog kinds 1..5 under 0
            TransactionManager transactions = new TransactionManager(store);
            byte[] from = new KeyEncoder().addInt(DatabaseDescriptor.POSTGRES_OID).toBytes();
            byte[] to = new KeyEncoder().addInt(DatabaseDescriptor.POSTGRES_OID).addInt(16384).toBytes();
            List<byte[][]> entries = new ArrayList<>();
            transactions.scanCommitted(from, to, (k, v) -> entries.add(new byte[][] {k, v}));
            Transaction txn = transactions.begin();
            for (byte[][] e : entries) {
                byte[] old = e[0].clone();
                ByteBuffer.wrap(old).putInt(0, 0);
                txn.put(old, e[1]);
                txn.delete(e[0]);
            }
            byte[] databases = new KeyEncoder().addInt(0).addInt(32).toBytes();
            transactions.scanCommitted(databases, KeyEncoder.prefixEnd(databases), (k, v) -> {
                txn.delete(k);
                return true;
            });
            txn.commit();
            assertThat(entries).hasSizeGreaterThan(3);
        }

        Session reopened = connect("postgres");
        assertThat(run(reopened, "SELECT v FROM t").rows).containsExactly(List.of("kept"));
        assertThat(run(reopened, "SELECT nextval('s')").rows).containsExactly(List.of("1"));
        run(reopened, "CREATE TABLE t2 (a int)"); // the OID counter is past the moved entries
        assertThat(database.databases()).containsKeys("postgres", "template1", "template0");
    }

    private long keysUnder(int oid) {
        long[] keys = {0};
        byte[] prefix = new KeyEncoder().addInt(oid).toBytes();
        database.transactions().scanCommitted(prefix, KeyEncoder.prefixEnd(prefix), (k, v) -> {
            keys[0]++;
            return true;
        });
        return keys[0];
    }
}
