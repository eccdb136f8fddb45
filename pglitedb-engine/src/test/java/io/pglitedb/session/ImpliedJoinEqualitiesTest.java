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

/**
 * A WHERE equality with a constant reaches the other table of an inner JOIN ... ON through the ON
 * equality (PostgreSQL's equivalence classes): both tables are read by key or index. The rows are
 * checked against PostgreSQL in compat/implied_join_equalities.sql; here the plan's scans.
 */
class ImpliedJoinEqualitiesTest {
    @TempDir
    Path directory;
    private Database database;
    private Session s;

    @BeforeEach
    void load() {
        database = Database.open(directory);
        s = open(database);
        run(s, "CREATE TABLE ij_cust (id int PRIMARY KEY, name text)");
        run(s, "CREATE TABLE ij_ord (id int PRIMARY KEY, cust_id int, note text)");
        run(s, "CREATE INDEX ij_ord_cust ON ij_ord (cust_id)");
        run(s, "INSERT INTO ij_cust SELECT g, 'c' || g FROM generate_series(1, 2000) g");
        run(s, "INSERT INTO ij_ord SELECT g, 1 + g % 2000, 'n' || g FROM generate_series(1, 8000) g");
        run(s, "CREATE TABLE ij_big (id bigint PRIMARY KEY, label text)");
        run(s, "INSERT INTO ij_big SELECT g, 'b' || g FROM generate_series(1, 2000) g");
        run(s, "ANALYZE");
    }

    @AfterEach
    void close() {
        s.close();
        database.close();
    }

    private List<String> scans(String sql) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : run(s, "EXPLAIN (COSTS OFF) " + sql).rows) {
            String line = row.get(0).trim().replaceFirst("^->  ", "");
            if (line.contains("Scan") || line.startsWith("Index Cond")) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void theConstantReachesTheOtherSideOfTheOnEquality() {
        String query = "SELECT c.name, o.note FROM ij_cust c JOIN ij_ord o ON o.cust_id = c.id WHERE c.id = 42";
        assertThat(scans(query)).contains("Index Scan using ij_ord_cust on ij_ord o", "Index Cond: (cust_id = 42)");
        assertThat(run(s, "SELECT count(*) FROM ij_cust c JOIN ij_ord o ON o.cust_id = c.id WHERE c.id = 42").rows)
                .containsExactly(List.of("4"));
    }

    @Test
    void anOuterJoinsNullableSideIsLeftAsWritten() {
        String query = "SELECT count(*) FROM ij_cust c LEFT JOIN ij_ord o ON o.cust_id = c.id WHERE c.id = 42";
        assertThat(scans(query)).contains("Seq Scan on ij_ord o");
    }

    @Test
    void columnsOfDifferentTypesAreLeftAsWritten() {
        String query = "SELECT b.label FROM ij_ord o JOIN ij_big b ON b.id = o.cust_id WHERE o.cust_id = 7";
        assertThat(scans(query)).contains("Seq Scan on ij_big b").doesNotContain("Index Cond: (id = 7)");
        assertThat(run(s, "SELECT count(*) FROM ij_ord o JOIN ij_big b ON b.id = o.cust_id WHERE o.cust_id = 7").rows)
                .containsExactly(List.of("4"));
    }
}
