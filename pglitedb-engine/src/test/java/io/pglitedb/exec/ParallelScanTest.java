package io.pglitedb.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.session.Database;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.ResultSink;
import io.pglitedb.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table scan read by worker threads (max_parallel_workers_per_gather > 0, a table of a few MB)
 * returns what the serial scan returns, in the same order, raises errors where the serial scan
 * would, sees the transaction's own writes and the session's TimeZone, and serves DML.
 */
class ParallelScanTest {
    private static final int ROWS = 40_000;
    private static Database db;
    private static Session s;

    @BeforeAll
    static void load() {
        db = Database.openInMemory();
        s = db.openSession(Map.of("user", "postgres", "database", "postgres"));
        run("create table t (id int primary key, x numeric, d date, pad text)");
        run("insert into t select g, g % 1000, date '2020-01-01', repeat('p', 100) from generate_series(1, "
                + ROWS + ") g");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> run(String sql) {
        List<String> rows = new ArrayList<>();
        s.simpleQuery(sql, new ResultSink() {
            private List<ResultColumn> columns;

            @Override
            public void columns(List<ResultColumn> columns) {
                this.columns = columns;
            }

            @Override
            public void row(Object[] values) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < values.length; i++) {
                    ResultColumn c = columns.get(i);
                    b.append(i == 0 ? "" : "|").append(values[i] == null ? "NULL"
                            : c.type().type().toText(values[i], c.type().typmod()));
                }
                rows.add(b.toString());
            }

            @Override
            public void complete(String commandTag) {
                if (!commandTag.startsWith("SELECT")) {
                    rows.add(commandTag);
                }
            }

            @Override
            public void emptyQuery() {
            }
        });
        return rows;
    }

    /** The rows of {@code sql} read in parallel, checked against the serial scan's. */
    private static List<String> parallelAndSerial(String sql) {
        return parallelAndSerial(sql, true);
    }

    /** @param selective true: the filter passes few rows, so a worker reads part of the table */
    private static List<String> parallelAndSerial(String sql, boolean selective) {
        long before = ScanWorker.started();
        List<String> parallel = run(sql);
        if (selective) {
            assertThat(ScanWorker.started()).as("a worker read part of the table").isGreaterThan(before);
        } else {
            assertThat(ScanWorker.started()).as("no worker when most rows pass").isEqualTo(before);
        }
        run("set max_parallel_workers_per_gather = 0");
        try {
            before = ScanWorker.started();
            assertThat(run(sql)).isEqualTo(parallel);
            assertThat(ScanWorker.started()).isEqualTo(before);
        } finally {
            run("reset max_parallel_workers_per_gather");
        }
        return parallel;
    }

    @Test
    void withEveryWorkerSlotTakenTheStatementReadsEveryPartItself() throws InterruptedException {
        List<String> expected = parallelAndSerial("select id, x from t where x < 10");
        long deadline = System.nanoTime() + 5_000_000_000L; // the last scan's worker gives its slot back as it ends
        while (!ParallelWorkers.reserve(ParallelWorkers.MAX_WORKERS)) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
        try {
            long before = ScanWorker.started();
            assertThat(run("select id, x from t where x < 10")).isEqualTo(expected);
            assertThat(ScanWorker.started()).as("no free slot, no worker").isEqualTo(before);
        } finally {
            ParallelWorkers.release(ParallelWorkers.MAX_WORKERS);
        }
        assertThat(parallelAndSerial("select id, x from t where x < 10")).isEqualTo(expected);
    }

    @Test
    void sameRowsInKeyOrderAsTheSerialScan() {
        List<String> rows = parallelAndSerial("select id, x from t where x < 10");
        assertThat(rows).hasSize(ROWS / 100);
        assertThat(rows.get(0)).isEqualTo("1|1");
        assertThat(rows.get(rows.size() - 1)).isEqualTo("40000|0");
        List<String> all = parallelAndSerial("select id from t", false);
        assertThat(all).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(all.get(i)).isEqualTo(Integer.toString(i + 1));
        }
        assertThat(parallelAndSerial("select count(*), sum(x) from t where x between 5 and 7"))
                .containsExactly("120|720");
        // half the rows pass: the parts are read one after the other on the session's thread
        assertThat(parallelAndSerial("select count(*), min(id), max(id) from t where x < 500", false))
                .containsExactly("20000|1|40000");
    }

    @Test
    void anErrorIsRaisedOnlyAtTheRowWhereTheSerialScanRaisesIt() {
        // id 39990 is in the worker's part: LIMIT stops before it, so no error
        List<String> first = parallelAndSerial("select id from t where id % 10 = 0 and 1 / (id - 39990) > -1 limit 300");
        assertThat(first).hasSize(300);
        assertThat(first.get(299)).isEqualTo("3000");
        assertThatThrownBy(() -> run("select count(*) from t where id % 10 = 0 and 1 / (id - 39990) > -1"))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo("22012"))
                .hasMessage("division by zero");
        assertThat(run("select 1")).containsExactly("1"); // the session goes on
    }

    @Test
    void anErrorInAnyPartIsRaisedAtItsRow() {
        // before, at and after the cut between the session's part and the worker's
        for (int bad : new int[] {9_000, 17_000, 25_000, 33_000}) {
            String where = " from t where id % 10 = 0 and 1 / (id - " + bad + ") > -1";
            List<String> before = parallelAndSerial("select id" + where + " limit " + (bad / 10 - 1));
            assertThat(before.get(before.size() - 1)).isEqualTo(Integer.toString(bad - 10));
            assertThatThrownBy(() -> run("select count(*)" + where))
                    .isInstanceOf(PgException.class)
                    .hasMessage("division by zero");
        }
        assertThat(run("select 1")).containsExactly("1");
    }

    @Test
    void workersUseTheSessionTimeZone() {
        // date '2020-01-01' is 05:00 UTC in New York, after 03:00 UTC; in UTC it is before
        run("set timezone = 'America/New_York'");
        try {
            assertThat(parallelAndSerial("select count(*) from t where d < timestamptz '2020-01-01 03:00:00+00'"))
                    .containsExactly("0");
            run("set timezone = 'UTC'");
            assertThat(parallelAndSerial("select count(*) from t where d < timestamptz '2020-01-01 03:00:00+00'", false))
                    .containsExactly(Integer.toString(ROWS));
        } finally {
            run("reset timezone");
        }
    }

    @Test
    void aTransactionSeesItsOwnWritesAndDmlFindsEveryRow() {
        run("begin");
        try {
            run("insert into t values (" + (ROWS + 1) + ", 1, date '2020-01-01', 'new')");
            long before = ScanWorker.started();
            assertThat(run("select count(*) from t where x = 1")).containsExactly(Integer.toString(ROWS / 1000 + 1));
            assertThat(ScanWorker.started()).as("own writes: read serially").isEqualTo(before);
        } finally {
            run("rollback");
        }
        run("begin");
        try {
            long before = ScanWorker.started();
            assertThat(run("update t set x = x + 1000 where x = 999")).containsExactly("UPDATE 40");
            assertThat(ScanWorker.started()).isGreaterThan(before);
            assertThat(run("select count(*) from t where x >= 1000")).containsExactly("40");
            assertThat(run("delete from t where x >= 1000")).containsExactly("DELETE 40");
            assertThat(run("select count(*) from t")).containsExactly(Integer.toString(ROWS - 40));
        } finally {
            run("rollback");
        }
        assertThat(parallelAndSerial("select count(*) from t where x = 999")).containsExactly("40");
    }

    @Test
    void explainAnalyzeCountsTheRowsEveryPartRemoved() {
        long before = ScanWorker.started();
        List<String> plan = run("explain (analyze, costs off, timing off, summary off) select count(*) from t where x = 3");
        assertThat(ScanWorker.started()).isGreaterThan(before);
        assertThat(plan).containsExactly("Aggregate (actual rows=1 loops=1)",
                "  ->  Seq Scan on t (actual rows=40 loops=1)",
                "        Filter: (x = '3'::numeric)",
                "        Rows Removed by Filter: " + (ROWS - ROWS / 1000));
    }

    @Test
    void aSmallTableOrAFilterWithASubqueryIsReadSerially() {
        long before = ScanWorker.started();
        assertThat(run("select count(*) from t where id = (select max(id) from t where id < 5)")).containsExactly("1");
        run("create table small (id int primary key)");
        run("insert into small select generate_series(1, 1000)");
        assertThat(run("select count(*) from small where id > 10")).containsExactly("990");
        assertThat(ScanWorker.started()).isEqualTo(before);
    }
}
