package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void committedDataSurvivesCloseAndReopen() {
        try (Store store = Store.open(dir.resolve("data"))) {
            Transaction txn = new TransactionManager(store).begin();
            txn.put(bytes("k1"), bytes("v1"));
            txn.commit();
            Transaction rolledBack = new TransactionManager(store).begin();
            rolledBack.put(bytes("k2"), bytes("v2"));
            rolledBack.rollback();
        }
        try (Store store = Store.open(dir.resolve("data"))) {
            Transaction txn = new TransactionManager(store).begin();
            assertThat(txn.get(bytes("k1"))).isEqualTo(bytes("v1"));
            assertThat(txn.get(bytes("k2"))).isNull();
            txn.commit();
        }
    }

    @Test
    void secondOpenOfTheSameDirectoryFailsCleanly() {
        try (Store store = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir))
                    .isInstanceOf(PgException.class)
                    .satisfies(e -> assertThat(((PgException) e).state()).isEqualTo(SqlState.IO_ERROR))
                    .hasMessageContaining("could not lock data directory");
        }
        Store.open(dir).close(); // the lock is gone after close
    }

    @Test
    void unusableDirectoryIsAnIoError() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state()).isEqualTo(SqlState.IO_ERROR))
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> Store.open(file.resolve("below")))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state()).isEqualTo(SqlState.IO_ERROR));
    }

    @Test
    void closeIsIdempotentAndLeavesOpenTransactionsFailingCleanly() {
        Store store = Store.openInMemory();
        TransactionManager manager = new TransactionManager(store);
        Transaction open = manager.begin();
        open.put(bytes("a"), bytes("b"));
        var iterator = open.scan(null, null); // left open on purpose
        store.close();
        store.close();
        assertThat(store.isOpen()).isFalse();
        assertThatThrownBy(() -> open.get(bytes("a")))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state()).isEqualTo(SqlState.ADMIN_SHUTDOWN));
        assertThatThrownBy(iterator::next).isInstanceOf(PgException.class);
        assertThatThrownBy(open::commit).isInstanceOf(PgException.class);
        open.rollback();
        iterator.close();
        assertThat(open.isFinished()).isTrue();
    }

    @Test
    void inMemoryStoresAreIndependent() {
        try (Store a = Store.openInMemory(); Store b = Store.openInMemory()) {
            Transaction ta = new TransactionManager(a).begin();
            ta.put(bytes("k"), bytes("a"));
            ta.commit();
            Transaction tb = new TransactionManager(b).begin();
            assertThat(tb.get(bytes("k"))).isNull();
            tb.rollback();
        }
    }

    @Test
    void groupCommitSyncsFewerTimesThanItCommits() throws Exception {
        try (Store store = Store.open(dir)) {
            TransactionManager manager = new TransactionManager(store);
            int threads = 16;
            int perThread = 200;
            Thread[] workers = new Thread[threads];
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int id = t;
                workers[t] = Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < perThread; i++) {
                        Transaction txn = manager.begin();
                        txn.put(bytes("k" + id + "-" + i), bytes("v"));
                        txn.commit();
                    }
                });
            }
            for (Thread w : workers) {
                w.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long commits = (long) threads * perThread;
            System.out.printf("group commit: %d commits in %.2f s = %.0f commits/s, %d WAL syncs%n",
                    commits, seconds, commits / seconds, store.syncCount());
            assertThat(store.syncCount()).isLessThan(commits);
        }
    }

    @Test
    void asynchronousCommitsDoNotWaitForTheirSyncAndSurviveAnOrderlyClose() {
        int commits = 2000;
        try (Store store = Store.open(dir)) {
            TransactionManager manager = new TransactionManager(store);
            for (int i = 0; i < commits; i++) {
                Transaction txn = manager.begin();
                txn.setSynchronousCommit(false);
                txn.put(bytes("k" + i), bytes("v" + i));
                txn.commit();
            }
            // one thread committing synchronously syncs once per commit; without waiting, the
            // group-commit thread syncs what has accumulated since its last sync
            assertThat(store.syncCount()).isLessThan(commits);
        }
        try (Store store = Store.open(dir)) {
            Transaction txn = new TransactionManager(store).begin();
            for (int i = 0; i < commits; i++) {
                assertThat(txn.get(bytes("k" + i))).isEqualTo(bytes("v" + i));
            }
            txn.commit();
        }
    }
}
