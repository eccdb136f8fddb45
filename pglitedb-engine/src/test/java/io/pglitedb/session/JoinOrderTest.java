package io.pglitedb.session;

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

/** Comma joins over analysed tables start from the side the statistics say is selective. */
class JoinOrderTest {
    @TempDir
    Path directory;
    private Database database;
    private Session s;

    private static final String QUERY = "SELECT n_name, count(*) FROM jo_item, jo_supplier, jo_nation"
            + " WHERE i_supplier = s_key AND s_nation = n_key AND n_name = 'nation 7' GROUP BY n_name";

    @BeforeEach
    void load() {
        database = Database.open(directory);
        s = open(database);
        run(s, "CREATE TABLE jo_nation (n_key int PRIMARY KEY, n_name text)");
        run(s, "CREATE TABLE jo_supplier (s_key int PRIMARY KEY, s_nation int)");
        run(s, "CREATE TABLE jo_item (i_id int PRIMARY KEY, i_supplier int)");
        run(s, "INSERT INTO jo_nation SELECT g, 'nation ' || g FROM generate_series(1, 25) g");
        run(s, "INSERT INTO jo_supplier SELECT g, g % 25 + 1 FROM generate_series(1, 500) g");
        run(s, "INSERT INTO jo_item SELECT g, g % 500 + 1 FROM generate_series(1, 20000) g");
        run(s, "CREATE TABLE jo_customer (c_key int PRIMARY KEY, c_nation int)");
        run(s, "INSERT INTO jo_customer SELECT g, g % 25 + 1 FROM generate_series(1, 1000) g");
    }

    @AfterEach
    void close() {
        s.close();
        database.close();
    }

    private List<String> scans(String sql) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : run(s, sql).rows) {
            if (row.get(0).contains("Scan on")) {
                lines.add(row.get(0).replaceAll(".*Scan on ", ""));
            }
        }
        return lines;
    }

    @Test
    void withoutStatisticsTheJoinKeepsFromOrder() {
        assertThat(scans("EXPLAIN (COSTS OFF) " + QUERY)).containsExactly("jo_item", "jo_supplier", "jo_nation");
    }

    @Test
    void afterAnalyzeTheJoinStartsFromTheRestrictedSmallTable() {
        run(s, "ANALYZE");
        assertThat(scans("EXPLAIN (COSTS OFF) " + QUERY)).containsExactly("jo_nation", "jo_supplier", "jo_item");
        assertThat(run(s, QUERY).rows).containsExactly(List.of("nation 7", "800"));
    }

    /** c_nation = s_nation AND s_nation = n_key imply c_nation = n_key: customer joins nation directly. */
    @Test
    void anEqualityImpliedByTransitivityJoinsTablesTheWhereNeverCompares() {
        String query = "SELECT count(*) FROM jo_nation, jo_customer, jo_supplier"
                + " WHERE c_nation = s_nation AND s_nation = n_key AND n_name = 'nation 7'";
        assertThat(scans("EXPLAIN (COSTS OFF) " + query)).containsExactly("jo_nation", "jo_customer", "jo_supplier");
        assertThat(run(s, query).rows).containsExactly(List.of("800")); // PostgreSQL: 800
        // of different types the columns are not one class (int = bigint = numeric need not be transitive)
        run(s, "CREATE TABLE jo_customer8 (c_key int PRIMARY KEY, c_nation bigint)");
        run(s, "INSERT INTO jo_customer8 SELECT c_key, c_nation FROM jo_customer");
        assertThat(scans("EXPLAIN (COSTS OFF) " + query.replace("jo_customer", "jo_customer8")))
                .containsExactly("jo_nation", "jo_supplier", "jo_customer8");
        assertThat(run(s, query.replace("jo_customer", "jo_customer8")).rows).containsExactly(List.of("800"));
    }
}
