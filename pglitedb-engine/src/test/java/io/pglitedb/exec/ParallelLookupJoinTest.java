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
 * A hash join that turns into index lookups (PostgreSQL's nested loop with an inner index scan)
 * shares the lookups with worker threads when max_parallel_workers_per_gather allows: the rows,
 * their order and the errors are the serial join's; LIMIT and errors stop the workers (their
 * slots come back); a transaction with its own writes and EXPLAIN ANALYZE look up serially.
 */
class ParallelLookupJoinTest {
    private static final int BIG = 40_000;
    private static final int SMALL = 1_000;
    private static Database db;
    private static Session s;

    @BeforeAll
    static void load() {
        db = Database.openInMemory();
        s = db.openSession(Map.of("user", "postgres", "database", "postgres"));
        run("create table big (id int primary key, k int, v numeric, pad text)");
        run("insert into big select g, g / 2, g % 7, repeat('p', 50) from generate_series(1, " + BIG + ") g");
        run("create index big_k on big (k)");
        // the small side's keys: spread over big, one NULL, one that finds nothing
        run("create table small (id int primary key, bk int, w numeric)");
        run("insert into small select g, case when g = 17 then null when g = 18 then -5 else (g * 37) % " + BIG
                + " + 1 end, g % 3 from generate_series(1, " + SMALL + ") g");
        run("analyze big");
        run("analyze small");
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

    /** The rows of {@code sql} with the lookups shared with workers, checked against the serial join's. */
    private static List<String> parallelAndSerial(String sql) {
        long before = ParallelLookups.started();
        List<String> parallel = run(sql);
        assertThat(ParallelLookups.started()).as("a worker did lookups").isGreaterThan(before);
        assertThat(serial(sql)).isEqualTo(parallel);
        return parallel;
    }

    private static List<String> serial(String sql) {
        run("set max_parallel_workers_per_gather = 0");
        try {
            long before = ParallelLookups.started();
            List<String> rows = run(sql);
            assertThat(ParallelLookups.started()).isEqualTo(before);
            return rows;
        } finally {
            run("reset max_parallel_workers_per_gather");
        }
    }

    /** Every worker slot is free again: no worker of an ended statement still runs. */
    private static void assertWorkersEnded() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!ParallelWorkers.reserve(ParallelWorkers.MAX_WORKERS)) {
            assertThat(System.nanoTime()).as("worker slots given back").isLessThan(deadline);
            Thread.sleep(10);
        }
        ParallelWorkers.release(ParallelWorkers.MAX_WORKERS);
    }

    @Test
    void primaryKeyLookupsReturnTheSerialJoinsRowsInItsOrder() throws InterruptedException {
        List<String> rows = parallelAndSerial("select small.id, big.id, big.v from small join big on big.id = small.bk");
        assertThat(rows).hasSize(SMALL - 2); // a NULL key and a key big lacks find nothing
        assertThat(rows.get(0)).isEqualTo("1|38|3");
        assertThat(rows.get(rows.size() - 1)).isEqualTo("1000|37001|6");
        assertThat(parallelAndSerial("select count(*), sum(big.v), sum(small.w) from small join big on big.id = small.bk"
                + " where big.v > 2")).containsExactly("572|2574|572"); // PostgreSQL 15's answer
        assertWorkersEnded();
    }

    @Test
    void secondaryIndexLookupsWithAResidualCondition() throws InterruptedException {
        String join = " from small join big on big.k = small.bk and big.v <> small.w where small.id <= 300";
        List<String> rows = parallelAndSerial("select small.id, big.id" + join);
        assertThat(rows).hasSize(510);
        assertThat(parallelAndSerial("select count(*), sum(big.id), min(small.id), max(small.id)" + join))
                .containsExactly("510|5717331|1|300"); // PostgreSQL 15's answer
        assertWorkersEnded();
    }

    @Test
    void anErrorIsRaisedAfterTheRowsBeforeItAndLimitStopsEarly() throws InterruptedException {
        // small.id 900 (in a worker's chunk) divides by zero; LIMIT stops before it reaches that row
        List<String> first = parallelAndSerial("select small.id from small join big on big.id = small.bk"
                + " where big.v + 1 / (small.id - 900) > -1 limit 100");
        assertThat(first).hasSize(100);
        assertThat(first.get(99)).isEqualTo("102"); // small.id 17 and 18 find nothing
        assertThatThrownBy(() -> run("select count(*) from small join big on big.id = small.bk"
                + " where big.v + 1 / (small.id - 900) > -1"))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo("22012"))
                .hasMessage("division by zero");
        assertThat(run("select 1")).containsExactly("1"); // the session goes on
        assertWorkersEnded();
    }

    @Test
    void ownWritesAndExplainAnalyzeLookUpSerially() {
        String sql = "select count(*) from small join big on big.id = small.bk";
        List<String> expected = parallelAndSerial(sql);
        run("begin");
        try {
            run("insert into big values (" + (BIG + 1) + ", 0, 0, 'new')");
            long before = ParallelLookups.started();
            assertThat(run(sql)).isEqualTo(expected);
            assertThat(ParallelLookups.started()).as("own writes: serial lookups").isEqualTo(before);
        } finally {
            run("rollback");
        }
        long before = ParallelLookups.started();
        List<String> plan = run("explain (analyze, costs off, timing off, summary off) " + sql);
        assertThat(ParallelLookups.started()).isEqualTo(before);
        assertThat(plan).contains("        ->  Index Scan using big_pkey on big (actual rows=1 loops=" + (SMALL - 1) + ")");
    }
}
