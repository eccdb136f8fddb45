package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EXPLAIN [ANALYZE]: PostgreSQL's node names and detail lines, our cost estimates in its format, and the rows each node really produced. */
class ExplainTest {
    @TempDir
    Path directory;
    private Database database;
    private Session s;

    @BeforeEach
    void load() {
        database = Database.open(directory);
        s = open(database);
        run(s, "CREATE TABLE big (k int PRIMARY KEY, v int NOT NULL, pad text)");
        run(s, "INSERT INTO big SELECT g, g % 5000, repeat('x', 50) FROM generate_series(1, 50000) g");
        run(s, "CREATE INDEX big_v ON big (v)");
        run(s, "CREATE TABLE few (id int PRIMARY KEY, k int)");
        run(s, "INSERT INTO few VALUES (1, 10), (2, 20), (3, 30), (4, NULL), (5, 99999)");
    }

    @AfterEach
    void close() {
        s.close();
        database.close();
    }

    private List<String> plan(String sql) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : run(s, sql).rows) {
            lines.add(row.get(0));
        }
        return lines;
    }

    @Test
    void aSelectiveIndexedPredicateReadsOnlyItsIndexRange() {
        assertThat(plan("EXPLAIN (COSTS OFF) SELECT * FROM big WHERE v = 7")).containsExactly(
                "Index Scan using big_v on big",
                "  Index Cond: (v = 7)");
        List<String> analyzed = plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(*) FROM big WHERE v BETWEEN 100 AND 109");
        assertThat(analyzed.subList(0, 3)).containsExactly(
                "Aggregate (actual rows=1 loops=1)",
                "  ->  Index Scan using big_v on big (actual rows=100 loops=1)",
                "        Index Cond: ((v >= 100) AND (v <= 109))");
        assertThat(analyzed.get(3)).matches("Planning Time: [0-9.]+ ms");
        assertThat(analyzed.get(4)).matches("Execution Time: [0-9.]+ ms");
        assertThat(plan("EXPLAIN (COSTS OFF) SELECT pad FROM big WHERE k = 5")).containsExactly(
                "Index Scan using big_pkey on big",
                "  Index Cond: (k = 5)");
    }

    @Test
    void aCorrelatedSubplanAboveAReorderedJoinNamesTheOuterColumnsItReads() {
        // joined nation-first, not in FROM's order: the subquery's outer values are still i's columns
        run(s, "CREATE TABLE sp_sup (sk int PRIMARY KEY, nk int, name text)");
        run(s, "CREATE TABLE sp_nat (nk int PRIMARY KEY, name text)");
        run(s, "CREATE TABLE sp_item (ok int, ln int, sk int, qty int, PRIMARY KEY (ok, ln))");
        run(s, "INSERT INTO sp_nat SELECT g, 'n' || g FROM generate_series(1, 25) g");
        run(s, "INSERT INTO sp_sup SELECT g, g % 25 + 1, 's' || g FROM generate_series(1, 100) g");
        run(s, "INSERT INTO sp_item SELECT g / 4, g % 4, g % 100 + 1, g % 7 FROM generate_series(1, 4000) g");
        run(s, "ANALYZE");
        List<String> lines = plan("EXPLAIN (COSTS OFF) SELECT s.name, i.ok FROM sp_sup s, sp_item i, sp_nat n"
                + " WHERE s.sk = i.sk AND s.nk = n.nk AND n.name = 'n3'"
                + " AND i.qty > (SELECT avg(i2.qty) FROM sp_item i2 WHERE i2.ok = i.ok AND i2.sk <> i.sk)");
        assertThat(lines).contains("  Join Filter: ((i.qty)::numeric > (SubPlan 1))");
        assertThat(lines.subList(lines.indexOf("  SubPlan 1"), lines.size())).containsExactly(
                "  SubPlan 1",
                "    ->  Aggregate",
                "          ->  Index Scan using sp_item_pkey on sp_item i2",
                "                Index Cond: (ok = i.ok)",
                "                Filter: (sk <> i.sk)");
    }

    @Test
    void aJoinRunAsIndexLookupsShowsItsConditionsAsTheInnerScansFilter() {
        // the inner side's own filter, the join's residual and the WHERE term over both, as PostgreSQL's parameterized scan
        assertThat(plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT f.id, b.v FROM few f"
                + " JOIN big b ON b.k = f.k AND b.v > f.id * 8 WHERE b.v <> 30 AND b.v + f.id > 12")).containsExactly(
                "Nested Loop (actual rows=1 loops=1)",
                "  ->  Seq Scan on few f (actual rows=5 loops=1)",
                "  ->  Index Scan using big_pkey on big b (actual rows=1 loops=4)",
                "        Index Cond: (k = f.k)",
                "        Filter: ((v <> 30) AND (v > (f.id * 8)) AND ((v + f.id) > 12))",
                "        Rows Removed by Filter: 1");
        // a node run in many loops starts each loop before it ends it: startup <= total, both per loop
        for (String line : plan("EXPLAIN (ANALYZE, COSTS OFF, SUMMARY OFF) SELECT f.id, b.v FROM few f JOIN big b ON b.k = f.k")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("actual time=([0-9.]+)\\.\\.([0-9.]+)").matcher(line);
            if (m.find()) {
                assertThat(Double.parseDouble(m.group(1))).as(line).isLessThanOrEqualTo(Double.parseDouble(m.group(2)));
            }
        }
        // a subquery the inner scan's Filter runs hangs under that scan
        assertThat(plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT f.id FROM few f JOIN big b ON b.k = f.k"
                + " WHERE b.v >= (SELECT count(*) FROM few f2 WHERE f2.k = b.k)")).containsExactly(
                "Nested Loop (actual rows=3 loops=1)",
                "  ->  Seq Scan on few f (actual rows=5 loops=1)",
                "  ->  Index Scan using big_pkey on big b (actual rows=1 loops=4)",
                "        Index Cond: (k = f.k)",
                "        Filter: (v >= (SubPlan 1))",
                "        SubPlan 1",
                "          ->  Aggregate (actual rows=1 loops=3)",
                "                ->  Seq Scan on few f2 (actual rows=1 loops=3)",
                "                      Filter: (k = b.k)",
                "                      Rows Removed by Filter: 4");
        assertThat(plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM big WHERE v = 7 AND k > 20000"))
                .containsExactly(
                "Index Scan using big_v on big (actual rows=6 loops=1)",
                "  Index Cond: (v = 7)",
                "  Filter: (k > 20000)",
                "  Rows Removed by Filter: 4");
    }

    @Test
    void withHashJoinsOffAnEquiJoinMergesItsSortedInputs() {
        run(s, "SET enable_hashjoin = off");
        String join = "SELECT f.id, b.v FROM few f LEFT JOIN big b ON b.k = f.k";
        assertThat(plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + join)).containsExactly(
                "Merge Left Join (actual rows=5 loops=1)",
                "  Merge Cond: (f.k = b.k)",
                "  ->  Sort (actual rows=5 loops=1)",
                "        Sort Key: f.k",
                "        ->  Seq Scan on few f (actual rows=5 loops=1)",
                "  ->  Sort (actual rows=50000 loops=1)",
                "        Sort Key: b.k",
                "        ->  Seq Scan on big b (actual rows=50000 loops=1)");
        assertThat(run(s, join + " ORDER BY f.id").rows).containsExactly(List.of("1", "10"), List.of("2", "20"),
                List.of("3", "30"), List.of("4", "NULL"), List.of("5", "NULL"));
        run(s, "SET enable_mergejoin = off");
        assertThat(plan("EXPLAIN (COSTS OFF) " + join).get(0)).isEqualTo("Hash Left Join");
    }

    @Test
    void aFullScanShowsEveryRowAndWhatItsFilterRemoved() {
        List<String> analyzed = plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT k FROM big WHERE pad LIKE 'y%' OR k < 3");
        assertThat(analyzed.subList(0, 3)).containsExactly("Seq Scan on big (actual rows=2 loops=1)",
                "  Filter: ((pad ~~ 'y%'::text) OR (k < 3))",
                "  Rows Removed by Filter: 49998");
    }

    @Test
    void aSmallSideLooksUpItsMatchesThroughThePrimaryKeyOfTheLargeOne() {
        String join = "SELECT f.id, b.v FROM big b, few f WHERE b.k = f.k ORDER BY f.id";
        assertThat(run(s, join).rows).containsExactly(List.of("1", "10"), List.of("2", "20"), List.of("3", "30"));
        List<String> analyzed = plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + join);
        // as PostgreSQL prints such a plan: aliases, the index column unqualified, the outer one qualified
        assertThat(analyzed.get(2)).matches("  Sort Method: quicksort  Memory: \\d+kB");
        analyzed.remove(2);
        assertThat(analyzed.subList(0, 6)).containsExactly(
                "Sort (actual rows=3 loops=1)",
                "  Sort Key: f.id",
                "  ->  Nested Loop (actual rows=3 loops=1)",
                "        ->  Seq Scan on few f (actual rows=5 loops=1)",
                "        ->  Index Scan using big_pkey on big b (actual rows=1 loops=4)",
                "              Index Cond: (k = f.k)");
        // the same join through a secondary index, and as a hash join when neither side is small
        assertThat(run(s, "SELECT count(*), sum(b.k) FROM big b, few f WHERE b.v = f.k").rows)
                .containsExactly(List.of("30", "675600"));
        assertThat(run(s, "SELECT count(*) FROM big a, big b WHERE a.k = b.v").rows).containsExactly(List.of("49990"));
    }

    @Test
    void anInSubqueryOnAnIndexedColumnLooksUpTheSubqueryValuesOnce() {
        String query = "SELECT k, v FROM big WHERE k IN (SELECT k FROM few) ORDER BY k";
        assertThat(run(s, query).rows).containsExactly(List.of("10", "10"), List.of("20", "20"), List.of("30", "30"));
        // the distinct values (a NULL finds nothing), each looked up through the primary key
        List<String> analyzed = plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + query);
        assertThat(analyzed.remove(2)).matches("  Sort Method: quicksort  Memory: \\d+kB");
        assertThat(analyzed).containsExactly(
                "Sort (actual rows=3 loops=1)",
                "  Sort Key: big.k",
                "  ->  Nested Loop (actual rows=3 loops=1)",
                "        ->  HashAggregate (actual rows=5 loops=1)",
                "              Group Key: few.k",
                "              ->  Seq Scan on few (actual rows=5 loops=1)",
                "        ->  Index Scan using big_pkey on big (actual rows=1 loops=4)",
                "              Index Cond: (k = few.k)");
        // duplicates of a secondary index's key find each row once; a duplicate value in the subquery counts once
        run(s, "INSERT INTO few VALUES (6, 10)");
        assertThat(run(s, "SELECT count(*), sum(k) FROM big WHERE v IN (SELECT k FROM few)").rows)
                .containsExactly(List.of("30", "675600"));
        assertThat(run(s, "SELECT count(*) FROM big WHERE v IN (SELECT k FROM few) AND pad IS NOT NULL AND k > 20000").rows)
                .containsExactly(List.of("18"));
        assertThat(run(s, "SELECT count(*) FROM big WHERE k NOT IN (SELECT k FROM few)").rows).containsExactly(List.of("0"));
    }

    @Test
    void aLeftJoinHashesItsSmallerSideWhenStatisticsSaySo() {
        String query = "SELECT f.id, count(b.k) FROM few f LEFT JOIN big b ON b.v = f.k AND b.pad <> 'y' GROUP BY f.id ORDER BY f.id";
        List<List<String>> expected = List.of(List.of("1", "10"), List.of("2", "10"), List.of("3", "10"), List.of("4", "0"),
                List.of("5", "0"));
        assertThat(run(s, query).rows).isEqualTo(expected);
        assertThat(plan("EXPLAIN (COSTS OFF) SELECT f.id, b.k FROM few f LEFT JOIN big b ON b.v = f.k AND b.pad <> 'y'"))
                .containsExactly(
                        "Hash Left Join",
                        "  Hash Cond: (f.k = b.v)",
                        "  ->  Seq Scan on few f",
                        "  ->  Hash",
                        "        ->  Seq Scan on big b",
                        "              Filter: (pad <> 'y'::text)");
        run(s, "ANALYZE");
        assertThat(run(s, query).rows).isEqualTo(expected);
        assertThat(plan("EXPLAIN (COSTS OFF) SELECT f.id, b.k FROM few f LEFT JOIN big b ON b.v = f.k AND b.pad <> 'y'"))
                .containsExactly(
                        "Hash Right Join",
                        "  Hash Cond: (b.v = f.k)",
                        "  ->  Seq Scan on big b",
                        "        Filter: (pad <> 'y'::text)",
                        "  ->  Hash",
                        "        ->  Seq Scan on few f");
    }

    @Test
    void whereTermsOverOneTableOfAJoinRestrictThatTablesScan() {
        String query = "SELECT f.id, b.k FROM few f JOIN big b ON b.v = f.k WHERE b.k = 5010 AND f.id < 4";
        assertThat(run(s, query).rows).containsExactly(List.of("1", "5010"));
        List<String> lines = plan("EXPLAIN (COSTS OFF) " + query);
        assertThat(lines).contains("  ->  Index Scan using few_pkey on few f", "        Index Cond: (id < 4)",
                "        ->  Index Scan using big_pkey on big b",
                "              Index Cond: (k = 5010)");
        // not into the side whose unmatched rows a LEFT JOIN keeps: there the term filters the joined rows
        assertThat(run(s, "SELECT f.id FROM few f LEFT JOIN big b ON b.v = f.k AND b.k < 20 WHERE b.k IS NULL ORDER BY f.id")
                .rows).containsExactly(List.of("2"), List.of("3"), List.of("4"), List.of("5"));
        assertThat(run(s, "SELECT b.k FROM big b RIGHT JOIN few f ON b.v = f.k AND b.k < 20 WHERE f.id < 3 ORDER BY f.id")
                .rows).containsExactly(List.of("10"), List.of("NULL"));
        // the WHERE is still analysed as written: a join's alias hides its tables' names
        assertThat(error(s, "SELECT * FROM (few f JOIN big b ON b.v = f.k) AS x WHERE f.id = 1").getMessage())
                .isEqualTo("invalid reference to FROM-clause entry for table \"f\"");
        assertThat(error(s, "SELECT * FROM few f JOIN big b ON b.v = f.k WHERE k = 1").getMessage())
                .isEqualTo("column reference \"k\" is ambiguous");
    }

    /**
     * Costs are our own estimates (PostgreSQL's numbers differ: its planner is not ours), so this
     * checks their format and what must hold between them, not their values.
     */
    @Test
    void costsShowAfterEachNodeUnlessCostsOff() {
        String cost = "  \\(cost=\\d+\\.\\d\\d\\.\\.\\d+\\.\\d\\d rows=\\d+ width=\\d+\\)";
        List<String> lines = plan("EXPLAIN SELECT f.k, b.v FROM few f JOIN big b ON b.v = f.id WHERE f.k > 1 ORDER BY f.k");
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            if (!line.trim().startsWith("Sort Key") && !line.contains("Cond:") && !line.contains("Filter:")) {
                assertThat(line).matches(".*[a-z]" + cost);
            }
        }
        assertThat(lines.get(0)).startsWith("Sort  (cost=");
        // a startup cost never exceeds the total
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("cost=([0-9.]+)\\.\\.([0-9.]+)").matcher(lines.get(0));
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isLessThanOrEqualTo(Double.parseDouble(m.group(2)));
        // rows are ANALYZE's count, the width the sum of the columns' (int, int); before ANALYZE, a guess
        run(s, "ANALYZE few");
        assertThat(plan("EXPLAIN SELECT * FROM few").get(0)).matches("Seq Scan on few  \\(cost=0\\.00\\.\\.[0-9.]+ rows=5 width=8\\)");
        List<String> analyzed = plan("EXPLAIN (ANALYZE, TIMING OFF) SELECT * FROM few");
        assertThat(analyzed.get(0)).matches("Seq Scan on few" + cost + " \\(actual rows=5 loops=1\\)");
        assertThat(analyzed.get(1)).matches("Planning Time: [0-9]+\\.[0-9]{3} ms");
        assertThat(analyzed.get(2)).matches("Execution Time: [0-9]+\\.[0-9]{3} ms");
        assertThat(plan("EXPLAIN (COSTS OFF) SELECT * FROM few")).containsExactly("Seq Scan on few");
    }

    @Test
    void anUpdateShowsOverItsScanAndAnalyzeRunsIt() {
        assertThat(plan("EXPLAIN (COSTS OFF) UPDATE few SET k = k + 1 WHERE id = 2")).containsExactly(
                "Update on few",
                "  ->  Index Scan using few_pkey on few",
                "        Index Cond: (id = 2)");
        assertThat(plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) DELETE FROM few WHERE k > 25")).containsExactly(
                "Delete on few (actual rows=0 loops=1)",
                "  ->  Seq Scan on few (actual rows=2 loops=1)",
                "        Filter: (k > 25)",
                "        Rows Removed by Filter: 3");
        assertThat(run(s, "SELECT id FROM few ORDER BY id").rows).containsExactly(List.of("1"), List.of("2"), List.of("4"));
    }

    @Test
    void analyzeShowsHowEachSortSorted() {
        List<String> small = plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM few ORDER BY k");
        assertThat(small.get(2)).matches("  Sort Method: quicksort  Memory: \\d+kB");
        List<String> top = plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM big ORDER BY v LIMIT 3");
        assertThat(top.get(3)).matches("        Sort Method: top-N heapsort  Memory: \\d+kB");
        run(s, "SET work_mem = '64kB'");
        List<String> spilled = plan("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM big ORDER BY pad");
        assertThat(spilled.get(2)).matches("  Sort Method: external merge  Disk: \\d+kB");
        String json = plan("EXPLAIN (ANALYZE, FORMAT JSON, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM big ORDER BY pad").get(0);
        assertThat(json).containsPattern("\"Sort Method\": \"external merge\",\n +\"Sort Space Used\": \\d+,\n +\"Sort Space Type\": \"Disk\",");
    }

    @Test
    void unknownOptionsAndFormatsAreErrors() {
        PgException format = error(s, "EXPLAIN (FORMAT csv) SELECT 1");
        assertThat(format.state().code()).isEqualTo("22023");
        assertThat(format.getMessage()).isEqualTo("unrecognized value for EXPLAIN option \"format\": \"csv\"");
        assertThat(error(s, "EXPLAIN (BOGUS) SELECT 1").getMessage()).isEqualTo("unrecognized EXPLAIN option \"bogus\"");
    }

    @Test
    void jsonWithCostsGivesEveryNodeItsEstimatesInPostgresKeyOrder() {
        List<String> json = plan("EXPLAIN (FORMAT JSON) SELECT k, count(*) FROM few GROUP BY k ORDER BY k");
        assertThat(json).hasSize(1);
        String number = "[0-9]+\\.[0-9]{2}";
        assertThat(json.get(0)).matches("(?s)\\[\n  \\{\n    \"Plan\": \\{\n"
                + "      \"Node Type\": \"Sort\",\n"
                + "      \"Parallel Aware\": false,\n"
                + "      \"Async Capable\": false,\n"
                + "      \"Startup Cost\": " + number + ",\n"
                + "      \"Total Cost\": " + number + ",\n"
                + "      \"Plan Rows\": [0-9]+,\n"
                + "      \"Plan Width\": [0-9]+,\n"
                + "      \"Sort Key\": \\[\"k\"\\],\n"
                + "      \"Plans\": \\[\n        \\{\n"
                + "          \"Node Type\": \"Aggregate\",\n"
                + "          \"Strategy\": \"Hashed\",\n"
                + "          \"Partial Mode\": \"Simple\",\n"
                + "          \"Parent Relationship\": \"Outer\",\n"
                + ".*\"Startup Cost\": " + number + ",\n.*"
                + "          \"Group Key\": \\[\"k\"\\],\n"
                + ".*\"Node Type\": \"Seq Scan\",\n.*\"Relation Name\": \"few\",\n"
                + "              \"Alias\": \"few\",\n"
                + "              \"Startup Cost\": " + number + ",\n.*"
                + "    \\}\n  \\}\n\\]");
    }
}
