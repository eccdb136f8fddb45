package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing accumulates over many opens and closes: databases opened and closed 1,000 times,
 * sessions connected and disconnected 100,000 times. Each run must leave the heap (after GC),
 * the threads and the open files within a fixed budget of where they started.
 */
class LeakTest {
    private static final long HEAP_BUDGET_BYTES = 32L << 20;
    private static final int THREAD_BUDGET = 4;
    private static final int FILE_BUDGET = 16;

    @Test
    void openingAndClosingADatabase1000TimesLeavesNothingBehind() {
        warmUp();
        Baseline before = Baseline.now();
        for (int i = 0; i < 1000; i++) {
            try (Database db = Database.openInMemory()) {
                Session s = open(db);
                run(s, "create table t (id int primary key, v text)");
                run(s, "insert into t values (1, 'x')");
                s.close();
            }
        }
        before.assertWithinBudget();
    }

    @Test
    void openingAndClosingAFileDatabase100TimesClosesItsFiles(@TempDir Path dir) {
        warmUp();
        Baseline before = Baseline.now();
        for (int i = 0; i < 100; i++) {
            try (Database db = Database.open(dir.resolve("data"))) {
                Session s = open(db);
                run(s, "create table if not exists t (id int primary key, v text)");
                run(s, "insert into t values (" + i + ", 'x')");
                s.close();
            }
        }
        before.assertWithinBudget();
    }

    @Test
    void connectingAndDisconnecting100000TimesLeavesNoSession() {
        try (Database db = Database.openInMemory()) {
            Session first = open(db);
            run(first, "create table t (id int primary key)");
            first.close();
            warmUp();
            Baseline before = Baseline.now();
            for (int i = 0; i < 100_000; i++) {
                Session s = db.openSession(Map.of("user", "postgres", "database", "postgres"));
                if (i % 100 == 0) {
                    run(s, "select count(*) from t");
                }
                s.close();
            }
            assertThat(db.sessionCount()).isZero();
            before.assertWithinBudget();
        }
    }

    private static void warmUp() {
        try (Database db = Database.openInMemory()) {
            run(open(db), "select 1");
        }
    }

    /** Heap after GC, live threads and open file descriptors at one moment. */
    private record Baseline(long heap, int threads, long files) {
        static Baseline now() {
            return new Baseline(usedHeapAfterGc(), Thread.activeCount(), openFiles());
        }

        void assertWithinBudget() {
            assertThat(usedHeapAfterGc()).as("heap after GC").isLessThan(heap + HEAP_BUDGET_BYTES);
            assertThat(Thread.activeCount()).as("live threads").isLessThanOrEqualTo(threads + THREAD_BUDGET);
            if (files >= 0) {
                assertThat(openFiles()).as("open files").isLessThanOrEqualTo(files + FILE_BUDGET);
            }
        }

        private static long usedHeapAfterGc() {
            Runtime runtime = Runtime.getRuntime();
            long used = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                System.gc();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
            }
            return used;
        }

        /** Open file descriptors of this process (Linux), -1 where /proc is not there. */
        private static long openFiles() {
            try (var fds = Files.list(Path.of("/proc/self/fd"))) {
                return fds.count();
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
