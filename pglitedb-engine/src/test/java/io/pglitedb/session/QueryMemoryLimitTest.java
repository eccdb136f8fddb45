package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * pglitedb.max_query_memory: rows a statement keeps (sort, hash join, aggregation, DISTINCT, set
 * operations, window partitions, recursive work tables) count against it; past it the statement
 * fails with PostgreSQL's 53200 "out of memory" and the session goes on, its transaction usable
 * after ROLLBACK; what a finished or failed statement held is given back. A sort past work_mem
 * writes sorted runs to temporary files instead; hash tables and window partitions spill too.
 */
class QueryMemoryLimitTest {
    private static final String BIG = "generate_series(1, 400000) g";

    private static Database database() {
        Database db = Database.openInMemory();
        db.setServerSettings(Map.of("pglitedb.max_query_memory", "4MB"));
        return db;
    }

    private static void outOfMemory(Session s, String sql) {
        PgException e = error(s, sql);
        assertThat(e.state().code()).isEqualTo("53200");
        assertThat(e.getMessage()).isEqualTo("out of memory");
        assertThat(e.detail()).startsWith("Failed on request of size ").endsWith(" in memory context \"ExecutorState\".");
    }

    @Test
    void eachKindOfKeptRowsCountsAgainstTheLimit() {
        try (Database db = database()) {
            Session s = open(db);
            assertThat(run(s, "show pglitedb.max_query_memory").rows).containsExactly(List.of("4MB"));
            run(s, "set work_mem = '1GB'"); // sorts and aggregation past work_mem would go to disk instead
            outOfMemory(s, "select g from " + BIG + " order by g desc");
            outOfMemory(s, "select distinct g from " + BIG);
            outOfMemory(s, "select g, count(*) from " + BIG + " group by g");
            outOfMemory(s, "select count(distinct g) from " + BIG);
            outOfMemory(s, "select string_agg(g::text, ',' order by g desc) from " + BIG);
            outOfMemory(s, "select g from " + BIG + " except select 1");
            outOfMemory(s, "select row_number() over (order by g) from " + BIG);
            outOfMemory(s, "select count(*) from " + BIG + " join generate_series(1, 400000) h on g = h");
            outOfMemory(s, "with recursive r(n) as (select 1 union select n + 1 from r) select count(*) from r");
            // streaming work is not limited
            assertThat(run(s, "select count(*), sum(g) from " + BIG).rows).containsExactly(List.of("400000", "80000200000"));
        }
    }

    @Test
    void theSessionAndItsTransactionGoOnAndMemoryIsGivenBack() {
        try (Database db = database()) {
            Session s = open(db);
            run(s, "create table t (id int primary key, v text)");
            run(s, "insert into t select g, 'v' || g from generate_series(1, 1000) g");
            run(s, "set work_mem = '1GB'");
            run(s, "begin");
            run(s, "insert into t values (1001, 'kept?')");
            outOfMemory(s, "select g, count(*) from " + BIG + " group by g");
            assertThat(error(s, "select 1").state().code()).isEqualTo("25P02");
            run(s, "rollback");
            assertThat(run(s, "select count(*) from t").rows).containsExactly(List.of("1000"));
            // a small sort run again and again (a correlated subquery) gives its memory back each time
            String correlated = "select count(*) from t where v = (select max(u.v) from (select v from t t2 "
                    + "where t2.id between t.id and t.id + 300%s) u)";
            assertThat(run(s, correlated.formatted(" order by v")).rows)
                    .isEqualTo(run(s, correlated.formatted("")).rows);
            assertThat(run(s, "select count(*) from (select * from t order by v desc) x").rows)
                    .containsExactly(List.of("1000"));
        }
    }

    @Test
    void sortsAndHashTablesPastWorkMemGoToTemporaryFilesWithinTheLimit() throws java.io.IOException {
        try (Database db = database()) {
            Session s = open(db);
            run(s, "set work_mem = '1MB'");
            List<List<String>> rows = run(s, "select g, 'row ' || g, g::numeric / 7, g % 2 = 0 from " + BIG
                    + " order by g % 1000 desc, g").rows;
            assertThat(rows).hasSize(400000);
            assertThat(rows.get(0)).containsExactly("999", "row 999", "142.7142857142857143", "f");
            assertThat(rows.get(1)).containsExactly("1999", "row 1999", "285.5714285714285714", "f");
            assertThat(rows.get(399999)).containsExactly("400000", "row 400000", "57142.857142857143", "t");
            for (int i = 1; i < rows.size(); i++) { // each row in order: g % 1000 descending, then g
                long a = Long.parseLong(rows.get(i - 1).get(0));
                long b = Long.parseLong(rows.get(i).get(0));
                assertThat(a % 1000 > b % 1000 || a % 1000 == b % 1000 && a < b).isTrue();
            }
            assertNoSpillFilesLeft();
            // 100000 groups: those past work_mem are aggregated from partition files, each group once
            assertThat(run(s, "select count(*), min(c), max(c), sum(t), min(m), max(m) from (select g % 100000 k, "
                    + "count(*) c, sum(g) t, max('x' || g) m from " + BIG + " group by 1) x").rows)
                    .containsExactly(List.of("100000", "4", "4", "80000200000", "x300001", "x99999"));
            assertThat(run(s, "select k, t from (select g % 100000 k, sum(g) t from " + BIG
                    + " group by 1) x where k in (0, 1, 99999) order by k").rows)
                    .containsExactly(List.of("0", "1000000"), List.of("1", "600004"), List.of("99999", "999996"));
            assertNoSpillFilesLeft();
            // hash joins past hash_mem join partition pairs from files, one at a time
            assertThat(run(s, "select count(*), sum(g), sum(h) from " + BIG + " join generate_series(1, 400000) h"
                    + " on g = h").rows).containsExactly(List.of("400000", "80000200000", "80000200000"));
            assertThat(run(s, "select count(*), count(h), sum(h), max('x' || h) from " + BIG + " left join "
                    + "(select h from generate_series(1, 400000, 2) h) x on g = x.h").rows)
                    .containsExactly(List.of("400000", "200000", "40000000000", "x99999"));
            assertThat(run(s, "select count(*), count(g), sum(h) from (select g from " + BIG + " where g % 3 = 0) a"
                    + " full join generate_series(1, 300000) h on g = h").rows)
                    .containsExactly(List.of("333333", "133333", "45000150000"));
            // DISTINCT, UNION, INTERSECT and EXCEPT past hash_mem make each partition distinct alone
            assertThat(run(s, "select count(*), sum(g) from (select distinct g from " + BIG + ") x").rows)
                    .containsExactly(List.of("400000", "80000200000"));
            assertThat(run(s, "select count(*), sum(g) from (select g from " + BIG + " union select g * 2 from "
                    + BIG + ") x").rows).containsExactly(List.of("600000", "200000400000"));
            assertThat(run(s, "select count(*), sum(g) from (select g from " + BIG + " intersect select g * 2 from "
                    + BIG + ") x").rows).containsExactly(List.of("200000", "40000200000"));
            assertThat(run(s, "select count(*), sum(g) from (select g from " + BIG + " except all select g * 2 from "
                    + BIG + ") x").rows).containsExactly(List.of("200000", "40000000000"));
            assertNoSpillFilesLeft();
            // window functions sort past work_mem and keep one partition at a time, its rows on disk
            assertThat(run(s, "select count(*), sum(r), sum(l), max(t) from (select row_number() over (partition by "
                    + "g % 40 order by g desc) r, lag(g) over (partition by g % 40 order by g) l, 'row ' || g t from "
                    + BIG + ") x").rows).containsExactly(List.of("400000", "2000200000", "79984200780", "row 99999"));
            assertNoSpillFilesLeft();
            // values that cannot be written to disk (intervals) stay in memory, within the limit
            outOfMemory(s, "select make_interval(secs => g) from " + BIG + " order by 1 desc");
            outOfMemory(s, "select g, max(i) from (select g, make_interval(secs => g) i from " + BIG
                    + ") x group by g");
        }
    }

    /** This process's temporary files (named after its pid: other processes on the machine may spill too). */
    private static void assertNoSpillFilesLeft() throws java.io.IOException {
        String prefix = "pglitedb-spill-" + ProcessHandle.current().pid() + "-";
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(prefix))).isEmpty();
        }
    }

    @Test
    void theLimitIsServerWide() {
        try (Database db = database()) {
            Session s = open(db);
            assertThat(error(s, "set pglitedb.max_query_memory = '1GB'").state().code()).isEqualTo("55P02");
        }
        try (Database db = Database.openInMemory()) {
            Session s = open(db);
            long quarter = Runtime.getRuntime().maxMemory() / 4 / 1024;
            String shown = run(s, "show pglitedb.max_query_memory").rows.get(0).get(0);
            assertThat(Settings.kilobytes(shown)).isEqualTo(quarter);
        }
    }
}
