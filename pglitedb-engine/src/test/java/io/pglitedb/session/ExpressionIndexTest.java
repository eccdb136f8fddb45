package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expression and partial indexes: kept in step with the rows, unique on their keys, chosen by the planner. */
class ExpressionIndexTest {
    @TempDir
    Path directory;
    private Database database;
    private Session s;

    @BeforeEach
    void load() {
        database = Database.open(directory);
        s = open(database);
        run(s, "CREATE TABLE t (a int, b text, c int)");
        run(s, "INSERT INTO t SELECT g, 'V' || g, g % 10 FROM generate_series(1, 2000) g");
        run(s, "CREATE INDEX t_lower ON t (lower(b))");
        run(s, "CREATE INDEX t_sum ON t ((a + c))");
        run(s, "CREATE INDEX t_part ON t (c) WHERE a > 1000");
    }

    @AfterEach
    void close() {
        s.close();
        database.close();
    }

    private List<String> lines(String sql) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : run(s, sql).rows) {
            lines.add(String.join("|", row));
        }
        return lines;
    }

    @Test
    void anIndexBuiltOverManyChunksOfRowsHasAnEntryForEachRow() {
        run(s, "CREATE TABLE big (id int PRIMARY KEY, k int, v text)");
        run(s, "INSERT INTO big SELECT g, g % 1000, 'v' || g FROM generate_series(1, 25003) g");
        run(s, "CREATE INDEX big_k ON big (k)");
        run(s, "BEGIN");
        run(s, "SAVEPOINT s"); // the index's entries then go through the transaction's batch
        run(s, "CREATE INDEX big_v ON big (upper(v)) WHERE k < 10");
        run(s, "COMMIT");
        assertThat(lines("EXPLAIN (COSTS OFF) SELECT count(*) FROM big WHERE k = 7")).contains("  ->  Index Scan using big_k on big");
        assertThat(lines("SELECT count(*), min(id), max(id) FROM big WHERE k = 7")).containsExactly("25|7|24007");
        assertThat(lines("SELECT count(*) FROM big WHERE k = 3")).containsExactly("26"); // 25003 is in a last, short chunk
        assertThat(lines("EXPLAIN (COSTS OFF) SELECT id FROM big WHERE upper(v) = 'V24009' AND k < 10"))
                .contains("Index Scan using big_v on big");
        assertThat(lines("SELECT id FROM big WHERE upper(v) = 'V24009' AND k < 10")).containsExactly("24009");
        assertThat(lines("SELECT id FROM big WHERE upper(v) = 'V10001' AND k < 10")).containsExactly("10001");
    }

    @Test
    void equalityAndRangesOnTheIndexedExpressionUseTheIndex() {
        assertThat(lines("EXPLAIN (COSTS OFF) SELECT * FROM t WHERE lower(b) = 'v5'")).containsExactly(
                "Index Scan using t_lower on t", "  Index Cond: (lower(b) = 'v5'::text)");
        assertThat(lines("SELECT * FROM t WHERE lower(b) = 'v5'")).containsExactly("5|V5|5");
        assertThat(lines("EXPLAIN (COSTS OFF) SELECT * FROM t x WHERE (x.a + x.c) = 14")).containsExactly(
                "Index Scan using t_sum on t x", "  Index Cond: ((a + c) = 14)");
        assertThat(lines("SELECT * FROM t WHERE a + c = 14 ORDER BY a")).containsExactly("7|V7|7", "12|V12|2");
        assertThat(lines("SELECT a FROM t WHERE lower(b) BETWEEN 'v50' AND 'v500' ORDER BY a"))
                .containsExactly("50", "500");
    }

    @Test
    void aPartialIndexServesOnlyQueriesWhoseConditionsImplyItsPredicate() {
        assertThat(lines("EXPLAIN (COSTS OFF) SELECT * FROM t WHERE c = 3 AND a > 1000")).containsExactly(
                "Index Scan using t_part on t", "  Index Cond: (c = 3)");
        assertThat(lines("SELECT count(*) FROM t WHERE c = 3 AND a > 1000")).containsExactly("100");
        assertThat(lines("EXPLAIN (COSTS OFF) SELECT * FROM t WHERE c = 3")).containsExactly("Seq Scan on t", "  Filter: (c = 3)");
        assertThat(lines("SELECT count(*) FROM t WHERE c = 3")).containsExactly("200");
    }

    @Test
    void updatesAndDeletesMoveTheEntriesOfExpressionsAndPredicates() {
        run(s, "UPDATE t SET b = 'moved' WHERE a = 5");
        run(s, "UPDATE t SET a = a + 3000 WHERE a BETWEEN 1 AND 10"); // now inside the partial index
        run(s, "UPDATE t SET a = 1 WHERE a = 3003"); // and out of it again
        run(s, "DELETE FROM t WHERE a = 3007");
        assertThat(lines("SELECT a FROM t WHERE lower(b) = 'v5'")).isEmpty();
        assertThat(lines("SELECT a FROM t WHERE lower(b) = 'moved'")).containsExactly("3005");
        assertThat(lines("SELECT a FROM t WHERE c = 3 AND a > 1000 ORDER BY a")).hasSize(100)
                .doesNotContain("3003");
        assertThat(lines("SELECT a FROM t WHERE c = 5 AND a > 1000 ORDER BY a DESC LIMIT 2"))
                .containsExactly("3005", "1995");
        assertThat(lines("SELECT a FROM t WHERE c = 7 AND a > 1000 ORDER BY a DESC LIMIT 1")).containsExactly("1997");
        assertThat(lines("SELECT a FROM t WHERE a + c = 3010 ORDER BY a")).containsExactly("3005", "3010");
    }

    @Test
    void uniqueExpressionAndPartialIndexesRejectDuplicateKeys() {
        run(s, "CREATE TABLE u (id int, email text, active boolean)");
        run(s, "CREATE UNIQUE INDEX u_email ON u (lower(email)) WHERE active");
        run(s, "INSERT INTO u VALUES (1, 'A@x', true), (2, 'a@X', false), (3, 'a@x', null)");
        var e = error(s, "INSERT INTO u VALUES (4, 'a@X', true)");
        assertThat(e.state()).isEqualTo(io.pglitedb.error.SqlState.UNIQUE_VIOLATION);
        assertThat(e.getMessage()).isEqualTo("duplicate key value violates unique constraint \"u_email\"");
        assertThat(e.detail()).isEqualTo("Key (lower(email))=(a@x) already exists.");
        run(s, "UPDATE u SET active = false WHERE id = 1");
        run(s, "INSERT INTO u VALUES (4, 'a@X', true)");
        assertThat(error(s, "UPDATE u SET active = true WHERE id = 2").state()).isEqualTo(io.pglitedb.error.SqlState.UNIQUE_VIOLATION);
        assertThat(error(s, "CREATE UNIQUE INDEX u_all ON u (lower(email))").getMessage())
                .isEqualTo("could not create unique index \"u_all\"");
    }

    @Test
    void theDefinitionsSurviveARestart() {
        s.close();
        database.close();
        database = Database.open(directory);
        s = open(database);
        assertThat(lines("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 't' ORDER BY 1")).containsExactly(
                "t_lower|CREATE INDEX t_lower ON public.t USING btree (lower(b))",
                "t_part|CREATE INDEX t_part ON public.t USING btree (c) WHERE (a > 1000)",
                "t_sum|CREATE INDEX t_sum ON public.t USING btree (((a + c)))");
        run(s, "INSERT INTO t VALUES (5000, 'NEW', 0)");
        assertThat(lines("SELECT a FROM t WHERE lower(b) = 'new'")).containsExactly("5000");
    }
}
