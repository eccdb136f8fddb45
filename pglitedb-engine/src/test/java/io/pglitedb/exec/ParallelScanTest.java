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
        assertThat(parallelAndSerial("select id, x from t where x < 500", false)).hasSize(ROWS / 2);
        // ... unless the worker aggregates its part itself
        assertThat(parallelAndSerial("select count(*), min(id), max(id) from t where x < 500"))
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
            assertThat(parallelAndSerial("select id from t where d < timestamptz '2020-01-01 03:00:00+00'", false))
                    .hasSize(ROWS);
            assertThat(parallelAndSerial("select count(*) from t where d < timestamptz '2020-01-01 03:00:00+00'"))
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

    /** The rows of {@code sql}, an aggregate the worker computes for its part, checked against the serial plan's. */
    private static List<String> aggregatedInParts(String sql) {
        long before = PartialAggregation.handedOver();
        List<String> rows = parallelAndSerial(sql);
        assertThat(PartialAggregation.handedOver()).as("a worker handed over its groups").isGreaterThan(before);
        return rows;
    }

    @Test
    void aWorkerAggregatesItsPartAndTheGroupsCombineToTheSerialResult() {
        // every combinable aggregate, over NULLs too (n is NULL for most rows); groups in the serial
        // order; the values are PostgreSQL's
        String n = "case when x > 900 then x end";
        List<String> grouped = aggregatedInParts("select id % 7, count(*), count(" + n + "), sum(" + n + "), avg(" + n
                + "), sum(id), avg(id), min(" + n + "), max(" + n + "), min(pad), bool_and(" + n + " > 950),"
                + " bool_or(id > 39990), bit_or(id), bit_and(id) from t group by id % 7");
        assertThat(grouped).hasSize(7);
        assertThat(grouped.get(0)).startsWith("1|5715|566|537756|950.0989399293286219|114300000|20000.000000000000|901|999|");
        assertThat(aggregatedInParts("select count(*), sum(x), avg(x), min(d), max(id) from t"))
                .containsExactly("40000|19980000|499.5000000000000000|2020-01-01|40000");
        // no row passes: one row of an empty group without GROUP BY, none with it
        assertThat(parallelAndSerial("select count(*), sum(x), max(d), bool_and(x > 1) from t where x < 0"))
                .containsExactly("0|NULL|NULL|NULL");
        assertThat(parallelAndSerial("select x, count(*) from t where x < 0 group by x")).isEmpty();
        // FILTER runs in the worker too; avg(float8) does not combine exactly: its rows come to the statement
        assertThat(aggregatedInParts("select count(*) filter (where x < 10), sum(id) filter (where id > 39000) from t"))
                .containsExactly("400|39500500");
        long before = PartialAggregation.handedOver();
        assertThat(parallelAndSerial("select avg(id::float8) from t where id % 100 = 0")).containsExactly("20050");
        assertThat(PartialAggregation.handedOver()).isEqualTo(before);
    }

    @Test
    void groupsPastHashMemSpillInTheSerialOrder() {
        // 20,000 groups: the worker hands over what fits in hash_mem, then its rows; both sides spill
        run("set work_mem = '64kB'");
        try {
            List<String> rows = aggregatedInParts("select id % 20000, count(*), sum(x), min(id) from t group by id % 20000");
            assertThat(rows).hasSize(20000);
            assertThat(rows).contains("0|2|0|20000", "19999|2|1998|19999");
            // the worker's first groups are those the statement's part shows last, when it spills:
            // they wait in their partitions as states, where their rows would be
            String distance = "case when id > 20000 then id - 20000 else 20000 - id end";
            rows = aggregatedInParts("select " + distance + ", count(*), sum(x), min(id) from t group by " + distance);
            assertThat(rows).hasSize(20001);
            assertThat(rows).contains("0|1|0|20000", "1|2|1000|19999", "20000|1|0|40000");
        } finally {
            run("reset work_mem");
        }
    }

    @Test
    void anErrorInAWorkersAggregateIsRaisedAsTheSerialPlanRaisesIt() {
        // int4 overflow only in the worker's part, division by zero in the statement's part first
        assertThatThrownBy(() -> run("select sum(case when id > 39000 then id * 100000 end) from t"))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo("22003"))
                .hasMessage("integer out of range");
        assertThatThrownBy(() -> run("select x, sum(1 / (id - 39000)), sum(1 / (id - 5)) from t group by x"))
                .isInstanceOf(PgException.class)
                .hasMessage("division by zero");
        assertThat(run("select 1")).containsExactly("1");
        // sum(int8) stays exact when the parts' sums each fit in a bigint and their total does not
        assertThat(aggregatedInParts("select sum(case when id in (1, 39999) then 9223372036854775807 end) from t"))
                .containsExactly("18446744073709551614");
    }

    @Test
    void aLimitAboveTheAggregateStopsTheWorkerAndTheScanCountsEveryRow() throws InterruptedException {
        assertThat(aggregatedInParts("select id % 3, count(*) from t group by id % 3 limit 2"))
                .containsExactly("1|13334", "2|13333");
        long read = Long.parseLong(run("select seq_tup_read from pg_stat_user_tables where relname = 't'").get(0));
        run("select count(*) from t where x >= 0");
        assertThat(run("select seq_tup_read from pg_stat_user_tables where relname = 't'"))
                .containsExactly(Long.toString(read + ROWS));
    }

    @Test
    void aFilterWithCastsOfBuiltInTypesRunsInTheWorkerWithItsErrorsAndSettings() {
        assertThat(parallelAndSerial("select id from t where x::int4 = 7 and id::text like '%07' or pad::varchar(3) = 'zzz'"))
                .hasSize(39).startsWith("1007").endsWith("39007");
        // the cast's error comes from the worker's part, where the serial scan raises it
        assertThatThrownBy(() -> run("select count(*) from t where (case when id > 39000 then 'x' || id else '1' end)::int4 > 5"))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo("22P02"))
                .hasMessage("invalid input syntax for type integer: \"x39001\"");
        run("set timezone = 'Asia/Tokyo'");
        try {
            assertThat(parallelAndSerial("select count(*) from t where d::timestamptz::text like '%+09' and id % 100 = 0"))
                    .containsExactly("400");
        } finally {
            run("reset timezone");
        }
        // a cast that reads the catalog stays on the statement's thread
        long before = ScanWorker.started();
        assertThat(run("select count(*) from t where id::oid::regclass::text = '77'")).containsExactly("1");
        assertThat(ScanWorker.started()).isEqualTo(before);
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
