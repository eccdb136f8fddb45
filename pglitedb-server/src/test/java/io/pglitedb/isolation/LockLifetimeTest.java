package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.isolation.TestSession.Step;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How long locks live and what waiting costs: deadlocks of two and three sessions with the
 * default deadlock_timeout are found after about that long with exactly one victim; no lock
 * survives a closed connection (holding or waiting) or a cancelled statement; many waiters do
 * not hold the virtual threads' carriers.
 */
@Timeout(180)
class LockLifetimeTest {
    private IsolationServer server;

    @BeforeEach
    void start() throws Exception {
        server = IsolationServer.start();
        server.setup("DROP TABLE IF EXISTS accounts",
                "CREATE TABLE accounts (id integer PRIMARY KEY, balance integer NOT NULL)",
                "INSERT INTO accounts SELECT g, 100 FROM generate_series(1, 100) g");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void twoSessionDeadlockIsFoundAfterAboutDeadlockTimeoutWithOneVictim() throws Exception {
        deadlock(2);
    }

    @Test
    void threeSessionDeadlockIsFoundAfterAboutDeadlockTimeoutWithOneVictim() throws Exception {
        deadlock(3);
    }

    /** n sessions in a ring, session i holding row i and wanting row i+1; deadlock_timeout 1s everywhere. */
    private void deadlock(int n) throws Exception {
        List<TestSession> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TestSession s = server.session("s" + (i + 1));
            assertThat(s.exec("SHOW deadlock_timeout")).isEqualTo("1s");
            s.exec("BEGIN");
            s.exec("UPDATE accounts SET balance = balance + 1 WHERE id = " + (i + 1));
            sessions.add(s);
        }
        List<Step> steps = new ArrayList<>();
        long closed = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1) {
                closed = System.nanoTime();
            }
            steps.add(sessions.get(i).run("UPDATE accounts SET balance = balance - 1 WHERE id = " + ((i + 1) % n + 1)));
            assertThat(steps.get(i).blocked()).isTrue();
        }
        // wait for the first outcome: the victim's 40P01 releases its neighbour
        while (steps.stream().noneMatch(Step::isDone)) {
            Thread.sleep(5);
        }
        long detectedMillis = (System.nanoTime() - closed) / 1_000_000;
        assertThat(detectedMillis).as("deadlock found after about deadlock_timeout").isBetween(700L, 2500L);
        // end each transaction as its statement finishes: the victim's rollback and each commit
        // release the next waiter of the ring
        int victims = 0;
        boolean[] ended = new boolean[n];
        for (int left = n; left > 0; ) {
            boolean progress = false;
            for (int i = 0; i < n; i++) {
                if (ended[i] || !steps.get(i).isDone()) {
                    continue;
                }
                String result = steps.get(i).result();
                if (result.startsWith("ERROR 40P01")) {
                    victims++;
                    sessions.get(i).exec("ROLLBACK");
                } else {
                    assertThat(result).isEqualTo("count 1");
                    sessions.get(i).exec("COMMIT");
                }
                ended[i] = true;
                left--;
                progress = true;
            }
            if (!progress) {
                Thread.sleep(5);
            }
        }
        assertThat(victims).isEqualTo(1);
        assertThat(sessions.get(0).exec("SELECT sum(balance) FROM accounts")).isEqualTo("10000");
    }

    @Test
    void noLockSurvivesAClosedConnection() throws Exception {
        for (boolean abort : new boolean[] {false, true}) {
            TestSession holder = server.session("holder");
            holder.exec("SELECT pg_advisory_lock(1)");
            holder.exec("BEGIN");
            holder.exec("UPDATE accounts SET balance = 1 WHERE id = 1");
            holder.exec("SELECT * FROM accounts WHERE id = 2 FOR SHARE");
            holder.exec("SELECT pg_advisory_xact_lock(2)");
            holder.exec("LOCK TABLE accounts IN ROW EXCLUSIVE MODE");
            Connection c = holder.connection();
            if (abort) {
                c.abort(Executors.newSingleThreadExecutor()); // the socket goes away without Terminate
            } else {
                c.close();
            }
            TestSession other = server.session("other");
            // the server ends the backend after the client has gone (as PostgreSQL does, not at
            // once): wait until it has, then nothing it held may be held any more
            awaitBackendGone(other, holder.pid());
            other.exec("SET lock_timeout = '5s'");
            other.exec("BEGIN");
            assertThat(other.exec("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE")).isEqualTo("count 0");
            assertThat(other.exec("UPDATE accounts SET balance = 2 WHERE id IN (1, 2)")).isEqualTo("count 2");
            assertThat(other.exec("SELECT pg_try_advisory_lock(1), pg_try_advisory_xact_lock(2)")).isEqualTo("t|t");
            other.exec("ROLLBACK");
            other.exec("SELECT pg_advisory_unlock_all()");
            other.close();
        }
    }

    /** Waits (up to a minute, for a loaded machine) until backend {@code pid} has left pg_stat_activity. */
    private static void awaitBackendGone(TestSession observer, int pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!observer.exec("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid).equals("0")) {
            assertThat(System.nanoTime()).as("backend %s still there a minute after its client left", pid)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aWaiterWhoseConnectionClosedDoesNotKeepTheLock() throws Exception {
        TestSession holder = server.session("holder");
        TestSession waiter = server.session("waiter");
        holder.exec("BEGIN");
        holder.exec("UPDATE accounts SET balance = 1 WHERE id = 1");
        waiter.exec("BEGIN");
        waiter.exec("UPDATE accounts SET balance = 3 WHERE id = 3");
        Step blocked = waiter.run("UPDATE accounts SET balance = 2 WHERE id = 1");
        assertThat(blocked.blocked()).isTrue();
        waiter.connection().abort(Executors.newSingleThreadExecutor());
        holder.exec("COMMIT");
        TestSession third = server.session("third");
        third.exec("SET lock_timeout = '5s'");
        assertThat(third.exec("UPDATE accounts SET balance = 4 WHERE id IN (1, 3)")).isEqualTo("count 2");
        assertThat(third.exec("SELECT balance FROM accounts WHERE id IN (1, 3) ORDER BY id")).isEqualTo("4, 4");
    }

    @Test
    void aStatementCancelledByCancelRequestReleasesTheTransactionsLocks() throws Exception {
        TestSession s1 = server.session("s1");
        TestSession s2 = server.session("s2");
        s2.exec("BEGIN");
        s2.exec("LOCK TABLE accounts IN SHARE MODE");
        s1.exec("BEGIN");
        s1.exec("SELECT * FROM accounts WHERE id = 5 FOR UPDATE");
        s1.exec("SELECT pg_advisory_xact_lock(5)");
        try (Statement st = s1.connection().createStatement()) {
            var canceller = Executors.newSingleThreadScheduledExecutor();
            canceller.schedule(() -> {
                st.cancel(); // pgJDBC sends a CancelRequest on a new connection
                return null;
            }, 300, java.util.concurrent.TimeUnit.MILLISECONDS);
            Throwable error = null;
            try {
                st.execute("UPDATE accounts SET balance = 0 WHERE id = 6");
            } catch (java.sql.SQLException e) {
                error = e;
            }
            assertThat(error).isNotNull();
            assertThat(((java.sql.SQLException) error).getSQLState()).isEqualTo("57014");
            canceller.shutdown();
        }
        TestSession s3 = server.session("s3");
        s3.exec("SET lock_timeout = '2s'");
        assertThat(s3.exec("SELECT id FROM accounts WHERE id = 5 FOR UPDATE NOWAIT")).isEqualTo("5");
        assertThat(s3.exec("SELECT pg_try_advisory_lock(5)")).isEqualTo("t");
        s2.exec("COMMIT");
        assertThat(s1.exec("SELECT 1")).startsWith("ERROR 25P02");
        s1.exec("ROLLBACK");
    }

    @Test
    void idleInTransactionSessionTimeoutEndsTheSessionAndItsLocks() throws Exception {
        TestSession idle = server.session("idle");
        idle.exec("SET idle_in_transaction_session_timeout = '300ms'");
        assertThat(idle.exec("SELECT 1")).isEqualTo("1"); // outside a block no limit applies
        Thread.sleep(600);
        idle.exec("BEGIN");
        idle.exec("UPDATE accounts SET balance = 0 WHERE id = 1");
        TestSession other = server.session("other");
        Step blocked = other.run("UPDATE accounts SET balance = 7 WHERE id = 1");
        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.result()).isEqualTo("count 1"); // released when the idle session is ended
        String next = idle.exec("SELECT 1");
        assertThat(next).isEqualTo("ERROR 25P03: terminating connection due to idle-in-transaction timeout");
        assertThat(other.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo("7");
    }

    /**
     * A waiting session's virtual thread unmounts: with far more waiters than carrier threads
     * (row, table, advisory and transaction waits), another client is served at once, and JFR
     * reports no virtual thread pinned while the waiters park.
     */
    @Test
    void waitersDoNotHoldCarrierThreads() throws Exception {
        if (server.isReference()) {
            return;
        }
        server.setup("CREATE TABLE other (id integer PRIMARY KEY)");
        AtomicInteger pinned = new AtomicInteger();
        try (RecordingStream jfr = new RecordingStream()) {
            jfr.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(20));
            jfr.onEvent("jdk.VirtualThreadPinned", e -> pinned.incrementAndGet());
            jfr.startAsync();
            TestSession holder = server.session("holder");
            holder.exec("BEGIN");
            holder.exec("UPDATE accounts SET balance = 0 WHERE id = 1");
            holder.exec("SELECT pg_advisory_xact_lock(9)");
            TestSession tableHolder = server.session("tableHolder");
            tableHolder.exec("BEGIN");
            tableHolder.exec("LOCK TABLE other IN ACCESS EXCLUSIVE MODE");
            int waiters = 4 * Math.max(8, Runtime.getRuntime().availableProcessors());
            List<Step> steps = new ArrayList<>();
            String[] waits = {"UPDATE accounts SET balance = balance + 1 WHERE id = 1",
                "SELECT pg_advisory_xact_lock(9)", "SELECT count(*) FROM other", "SELECT 1 FROM accounts WHERE id = 1 FOR SHARE"};
            for (int i = 0; i < waiters; i++) {
                TestSession s = server.session("w" + i);
                Step step = s.run(waits[i % waits.length]);
                assertThat(step.blocked()).isTrue();
                steps.add(step);
            }
            TestSession probe = server.session("probe");
            long start = System.nanoTime();
            assertThat(probe.exec("SELECT count(*) FROM accounts WHERE balance = 100")).isEqualTo("100");
            assertThat((System.nanoTime() - start) / 1_000_000).as("served while %d sessions wait", waiters)
                    .isLessThan(2000);
            holder.exec("COMMIT");
            tableHolder.exec("ROLLBACK");
            for (Step step : steps) {
                assertThat(step.result()).doesNotStartWith("ERROR");
            }
            assertThat(probe.exec("SELECT balance FROM accounts WHERE id = 1")).isEqualTo(Integer.toString(waiters / 4));
            Thread.sleep(200);
        }
        assertThat(pinned.get()).as("virtual threads pinned while waiting").isZero();
    }
}
