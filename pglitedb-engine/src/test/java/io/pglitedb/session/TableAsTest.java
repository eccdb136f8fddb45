package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CREATE TABLE AS and SELECT INTO; expected behaviour is PostgreSQL 15's. */
class TableAsTest {
    @TempDir
    Path directory;

    @Test
    void tablesMadeFromQueriesAreOrdinaryDurableTables() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE src (id int PRIMARY KEY, name text NOT NULL)");
            run(s, "INSERT INTO src VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            assertThat(run(s, "CREATE TABLE copy (k, label) AS SELECT id, name FROM src WHERE id > 1").tags)
                    .containsExactly("SELECT 2");
            assertThat(run(s, "SELECT id * 10 AS ten INTO tens FROM src").tags).containsExactly("SELECT 3");
            run(s, "BEGIN");
            run(s, "CREATE TABLE gone AS SELECT 1 AS one");
            run(s, "ROLLBACK");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            // no constraints come along: NULLs may go where the source had NOT NULL
            run(s, "INSERT INTO copy VALUES (9, NULL)");
            assertThat(run(s, "SELECT k, label FROM copy ORDER BY k").rows)
                    .containsExactly(List.of("2", "b"), List.of("3", "c"), List.of("9", "NULL"));
            assertThat(run(s, "SELECT sum(ten) FROM tens").rows).containsExactly(List.of("60"));
            try {
                run(s, "SELECT * FROM gone");
                throw new AssertionError("the rolled back table exists");
            } catch (PgException e) {
                assertThat(e.state().code()).isEqualTo("42P01");
            }
            s.close();
        }
    }
}
