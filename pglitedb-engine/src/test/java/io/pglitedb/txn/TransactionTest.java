package io.pglitedb.txn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.Store;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionTest {
    private Store store;
    private TransactionManager manager;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeEach
    void open() {
        store = Store.openInMemory();
        manager = new TransactionManager(store);
    }

    @AfterEach
    void close() {
        store.close();
        executor.shutdownNow();
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private void commitPut(String key, String value) {
        Transaction txn = manager.begin();
        txn.put(b(key), b(value));
        txn.commit();
    }

    private static List<String> scan(Transaction txn, String from, String to) {
        List<String> out = new ArrayList<>();
        try (KeyValueIterator it = txn.scan(from == null ? null : b(from), to == null ? null : b(to))) {
            while (it.next()) {
                out.add(s(it.key()) + "=" + s(it.value()));
            }
        }
        return out;
    }

    @Test
    void readsOwnWritesInGetAndScan() {
        commitPut("a", "1");
        commitPut("c", "3");
        Transaction txn = manager.begin();
        txn.put(b("b"), b("2"));
        txn.put(b("c"), b("33"));
        txn.delete(b("a"));
        assertThat(s(txn.get(b("b")))).isEqualTo("2");
        assertThat(txn.get(b("a"))).isNull();
        assertThat(scan(txn, null, null)).containsExactly("b=2", "c=33");
        assertThat(scan(txn, "b", "c")).containsExactly("b=2");
        assertThat(txn.hasWrites()).isTrue();
        txn.commit();
        Transaction after = manager.begin();
        assertThat(scan(after, null, null)).containsExactly("b=2", "c=33");
        after.commit();
    }

    @Test
    void scanCopiesKeysWhenAskedForNeverFromAClosedIterator() {
        commitPut("a", "1");
        commitPut("b", "2");
        commitPut("c", "3");
        Transaction txn = manager.begin();
        List<String> values = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator it = txn.scan(b("a"), b("c"))) {
            while (it.next()) {
                values.add(s(it.value()));
                if (!s(it.value()).equals("1")) { // the key of the first row is never asked for
                    keys.add(s(it.key()) + "=" + s(it.key()));
                }
            }
            assertThat(it.key()).isNull();
        }
        assertThat(values).containsExactly("1", "2");
        assertThat(keys).containsExactly("b=b");
        KeyValueIterator closed = txn.scan(b("a"), b("c"));
        assertThat(closed.next()).isTrue();
        closed.close(); // a key not yet copied is not read from the freed native iterator
        assertThatThrownBy(closed::key).isInstanceOf(PgException.class);
        txn.put(b("bb"), b("22")); // own writes merged in: keys copied with each row
        txn.delete(b("a"));
        assertThat(scan(txn, "a", "c")).containsExactly("b=2", "bb=22");
        txn.commit();
    }

    @Test
    void statementSnapshotHidesLaterCommitsUntilTheNextStatement() {
        commitPut("k", "old");
        Transaction reader = manager.begin();
        commitPut("k", "new");
        commitPut("k2", "x");
        assertThat(s(reader.get(b("k")))).isEqualTo("old");
        assertThat(scan(reader, null, null)).containsExactly("k=old");
        reader.newStatementSnapshot();
        assertThat(s(reader.get(b("k")))).isEqualTo("new");
        assertThat(scan(reader, null, null)).containsExactly("k=new", "k2=x");
        reader.commit();
    }

    @Test
    void rollbackDiscardsWritesAndIsIdempotent() {
        Transaction txn = manager.begin();
        txn.put(b("k"), b("v"));
        txn.lockForUpdate(b("k"));
        txn.rollback();
        txn.rollback();
        assertThat(manager.lockCount()).isZero();
        Transaction check = manager.begin();
        assertThat(check.get(b("k"))).isNull();
        check.commit();
        assertThatThrownBy(txn::commit).isInstanceOf(PgException.class);
    }

    @Test
    void savepointsUndoOnlyLaterWrites() {
        Transaction txn = manager.begin();
        txn.put(b("a"), b("1"));
        int first = txn.setSavepoint();
        txn.put(b("b"), b("2"));
        txn.put(b("a"), b("changed"));
        txn.rollbackToSavepoint(first);
        assertThat(scan(txn, null, null)).containsExactly("a=1");
        txn.put(b("d"), b("4"));
        txn.rollbackToSavepoint(first); // the savepoint stays after a rollback to it
        assertThat(scan(txn, null, null)).containsExactly("a=1");
        int second = txn.setSavepoint();
        txn.put(b("c"), b("3"));
        txn.releaseSavepoint(second);
        assertThat(txn.savepointLevel()).isEqualTo(1);
        int third = txn.setSavepoint(); // savepoint without writes after it
        txn.rollbackToSavepoint(third);
        assertThat(scan(txn, null, null)).containsExactly("a=1", "c=3");
        txn.setSavepoint();
        txn.put(b("e"), b("5"));
        txn.setSavepoint();
        txn.put(b("f"), b("6"));
        txn.rollbackToSavepoint(third); // past two newer savepoints at once
        assertThat(txn.savepointLevel()).isEqualTo(third);
        assertThat(scan(txn, null, null)).containsExactly("a=1", "c=3");
        txn.commit();
    }

    @Test
    void rollbackToSavepointReleasesOnlyTheLocksTakenAfterIt() {
        Transaction txn = manager.begin();
        txn.lockForUpdate(b("before"));
        int level = txn.setSavepoint();
        txn.lockForUpdate(b("before")); // already held: stays the outer transaction's
        txn.lockForUpdate(b("after"));
        assertThat(manager.lockCount()).isEqualTo(2);
        txn.rollbackToSavepoint(level);
        assertThat(manager.lockCount()).isEqualTo(1);
        Transaction other = manager.begin();
        other.lockForUpdate(b("after")); // free again: does not wait
        other.rollback();
        txn.rollback();
        assertThat(manager.lockCount()).isZero();
    }

    @Test
    void savepointOnEmptyTransactionRollsBackToNothing() {
        Transaction txn = manager.begin();
        int level = txn.setSavepoint();
        txn.put(b("x"), b("1"));
        txn.rollbackToSavepoint(level);
        assertThat(txn.hasWrites()).isFalse();
        txn.commit();
    }

    @Test
    void writesDuringAScanDoNotBreakTheScan() {
        Transaction setup = manager.begin();
        for (int i = 0; i < 100; i++) {
            setup.put(b(String.format("k%03d", i)), b("0"));
        }
        setup.commit();
        Transaction txn = manager.begin();
        txn.put(b("k000"), b("1")); // the scan merges the batch
        int seen = 0;
        try (KeyValueIterator it = txn.scan(b("k"), b("l"))) {
            while (it.next()) {
                seen++;
                txn.put(it.key(), b("2"));
                txn.put(b("z" + seen), b("outside"));
            }
        }
        assertThat(seen).isEqualTo(100);
        assertThat(scan(txn, "k", "l")).allMatch(kv -> kv.endsWith("=2"));
        txn.commit();
    }

    @Test
    void lockForUpdateReturnsLatestCommittedNotSnapshot() {
        commitPut("k", "1");
        Transaction txn = manager.begin();
        commitPut("k", "2");
        assertThat(s(txn.get(b("k")))).isEqualTo("1");
        assertThat(s(txn.lockForUpdate(b("k")))).isEqualTo("2");
        txn.put(b("k"), b("3"));
        assertThat(s(txn.lockForUpdate(b("k")))).isEqualTo("3");
        txn.commit();
    }

    @Test
    void updateWaitsForConcurrentUpdaterThenSeesNewRow() throws Exception {
        commitPut("k", "1");
        Transaction first = manager.begin();
        assertThat(s(first.lockForUpdate(b("k")))).isEqualTo("1");
        first.put(b("k"), b("2"));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
            Transaction txn = manager.begin();
            String seen = s(txn.lockForUpdate(b("k")));
            txn.put(b("k"), b(seen + "+"));
            txn.commit();
            return seen;
        }, executor);
        Thread.sleep(100);
        assertThat(second).isNotDone();
        first.commit();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("2");
    }

    @Test
    void noLostUpdatesWithTenThreadsIncrementingOneKey() throws Exception {
        byte[] key = b("counter");
        Transaction init = manager.begin();
        init.put(key, ByteBuffer.allocate(8).putLong(0).array());
        init.commit();
        int threads = 10;
        int increments = 100;
        List<Thread> workers = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < increments; i++) {
                        Transaction txn = manager.begin();
                        long value = ByteBuffer.wrap(txn.lockForUpdate(key)).getLong();
                        txn.put(key, ByteBuffer.allocate(8).putLong(value + 1).array());
                        txn.commit();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        assertThat(failure.get()).isNull();
        Transaction check = manager.begin();
        assertThat(ByteBuffer.wrap(check.get(key)).getLong()).isEqualTo((long) threads * increments);
        check.commit();
        assertThat(manager.lockCount()).isZero();
    }

    @Test
    void deadlockIsDetectedAndTheOtherTransactionProceeds() throws Exception {
        manager.setDeadlockTimeout(Duration.ofMillis(50));
        Transaction t1 = manager.begin();
        Transaction t2 = manager.begin();
        t1.lockForUpdate(b("a"));
        t2.lockForUpdate(b("b"));
        CountDownLatch t1Waiting = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            t1Waiting.countDown();
            t1.lockForUpdate(b("b"));
        }, executor);
        t1Waiting.await();
        Thread.sleep(50);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> t2.lockForUpdate(b("a")), executor);
        // whichever waiter finds the cycle first is the victim; the other keeps waiting until the
        // victim rolls back, so wait for the first of the two to finish
        try {
            CompletableFuture.anyOf(first, second).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException expected) {
            // the victim's lockForUpdate failed; inspected below
        }
        boolean t1IsVictim = first.isCompletedExceptionally();
        assertThat(t1IsVictim || second.isCompletedExceptionally()).as("one waiter gets 40P01").isTrue();
        CompletableFuture<Void> failed = t1IsVictim ? first : second;
        PgException deadlock = null;
        try {
            failed.get();
        } catch (ExecutionException e) {
            deadlock = (PgException) e.getCause();
        }
        Transaction victim = t1IsVictim ? t1 : t2;
        Transaction survivor = t1IsVictim ? t2 : t1;
        assertThat(deadlock).isNotNull();
        assertThat(deadlock.state()).isEqualTo(SqlState.DEADLOCK_DETECTED);
        assertThat(deadlock.getMessage()).isEqualTo("deadlock detected");
        victim.rollback();
        (survivor == t1 ? first : second).get(5, TimeUnit.SECONDS);
        survivor.commit();
        assertThat(manager.lockCount()).isZero();
    }

    @Test
    void randomLockOrdersNeverHangAndEveryDeadlockIsBrokenOnce() throws Exception {
        manager.setDeadlockTimeout(Duration.ofMillis(20));
        int threads = 8;
        java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger deadlocks = new java.util.concurrent.atomic.AtomicInteger();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            workers.add(CompletableFuture.runAsync(() -> {
                java.util.Random random = new java.util.Random(seed);
                for (int i = 0; i < 200; i++) {
                    Transaction txn = manager.begin();
                    try {
                        for (int k = 0; k < 3; k++) {
                            txn.lockForUpdate(b("row" + random.nextInt(6)));
                        }
                        txn.put(b("row" + random.nextInt(6)), b("x"));
                        txn.commit();
                        commits.incrementAndGet();
                    } catch (PgException e) {
                        assertThat(e.state()).isEqualTo(SqlState.DEADLOCK_DETECTED);
                        deadlocks.incrementAndGet();
                        txn.rollback();
                    }
                }
            }, executor));
        }
        CompletableFuture.allOf(workers.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
        assertThat(commits.get() + deadlocks.get()).isEqualTo(threads * 200);
        // with detection after deadlock_timeout (as PostgreSQL) waits pile up and many cycles form;
        // what matters is that none hangs and every failure is 40P01
        assertThat(commits.get()).isPositive();
        assertThat(manager.lockCount()).isZero();
    }

    @Test
    void aCancelThatArrivesBeforeTheStatementWaitsStillEndsItsWait() {
        // statement_timeout can fire while the statement is still on its way to the lock
        Transaction holder = manager.begin();
        holder.lockForUpdate(b("k"));
        Transaction waiter = manager.begin();
        waiter.cancelWait(new PgException(SqlState.QUERY_CANCELED, "canceling statement due to statement timeout"));
        assertThatThrownBy(() -> waiter.lockForUpdate(b("k")))
                .hasMessage("canceling statement due to statement timeout");
        waiter.rollback();
        holder.commit();
        assertThat(manager.lockCount()).isZero();
    }

    @Test
    void cancelWaitEndsALockWaitWith57014() throws Exception {
        Transaction holder = manager.begin();
        holder.lockForUpdate(b("k"));
        Transaction waiter = manager.begin();
        CompletableFuture<Void> wait = CompletableFuture.runAsync(() -> waiter.lockForUpdate(b("k")), executor);
        awaitWaiting(waiter);
        waiter.cancelWait();
        assertThatThrownBy(() -> wait.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(PgException.class)
                .cause().hasMessage("canceling statement due to user request")
                .satisfies(e -> assertThat(((PgException) e).state()).isEqualTo(SqlState.QUERY_CANCELED));
        waiter.rollback();
        holder.commit();
        assertThat(manager.lockCount()).isZero();
        Transaction again = manager.begin();
        again.lockForUpdate(b("k"));
        again.commit();
    }

    @Test
    void closingTheStoreEndsLockWaits() throws Exception {
        Transaction holder = manager.begin();
        holder.lockForUpdate(b("k"));
        Transaction waiter = manager.begin();
        CompletableFuture<Void> wait = CompletableFuture.runAsync(() -> waiter.lockForUpdate(b("k")), executor);
        awaitWaiting(waiter);
        store.close();
        assertThatThrownBy(() -> wait.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(PgException.class);
        waiter.rollback();
        holder.rollback();
    }

    @Test
    void lastCommittedKeyAndScanCommittedIgnoreUncommittedWrites() {
        commitPut("r1", "a");
        commitPut("r2", "b");
        commitPut("s1", "c");
        Transaction open = manager.begin();
        open.put(b("r3"), b("uncommitted"));
        assertThat(s(manager.lastCommittedKey(b("r"), b("s")))).isEqualTo("r2");
        assertThat(manager.lastCommittedKey(b("t"), b("u"))).isNull();
        List<String> seen = new ArrayList<>();
        manager.scanCommitted(b("r"), b("t"), (k, v) -> seen.add(s(k)) && seen.size() < 2);
        assertThat(seen).containsExactly("r1", "r2");
        open.rollback();
    }

    @Test
    void iteratorsAreClosedByCommit() {
        commitPut("a", "1");
        Transaction txn = manager.begin();
        KeyValueIterator it = txn.scan(null, null);
        assertThat(it.next()).isTrue();
        txn.commit();
        assertThatThrownBy(it::next).isInstanceOf(PgException.class);
        it.close();
    }

    /** Waits (bounded) until the transaction is queued for a row lock: a cancel must find it waiting. */
    private static void awaitWaiting(Transaction txn) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!txn.isWaitingForLock() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(txn.isWaitingForLock()).as("the transaction waits for the lock").isTrue();
    }
}
