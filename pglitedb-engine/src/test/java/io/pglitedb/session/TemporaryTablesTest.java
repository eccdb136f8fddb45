package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary tables belong to their session; expected behaviour is PostgreSQL 15's. */
class TemporaryTablesTest {
    @TempDir
    Path directory;

    private static String code(Session session, String sql) {
        try {
            run(session, sql);
        } catch (PgException e) {
            return e.state().code();
        }
        return "no error";
    }

    @Test
    void aTemporaryTableIsSeenOnlyByItsSessionAndGoesWithIt() {
        try (Database database = Database.open(directory)) {
            Session owner = open(database);
            Session other = open(database);
            run(owner, "CREATE TABLE shared (a int)");
            run(owner, "INSERT INTO shared VALUES (1)");
            run(owner, "CREATE TEMP TABLE shared (a int)");
            run(owner, "INSERT INTO shared VALUES (2), (3)");
            assertThat(run(owner, "SELECT count(*) FROM shared").rows).containsExactly(List.of("2"));
            // the other session reads the permanent table of that name
            assertThat(run(other, "SELECT count(*) FROM shared").rows).containsExactly(List.of("1"));
            run(owner, "CREATE TEMP TABLE mine (x int)");
            assertThat(code(other, "SELECT * FROM mine")).isEqualTo("42P01");
            owner.close();
            assertThat(run(other, "SELECT count(*) FROM pg_class WHERE relpersistence = 't'").rows)
                    .containsExactly(List.of("0"));
            assertThat(run(other, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pg_temp_%'").rows)
                    .containsExactly(List.of("0"));
            other.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            assertThat(run(s, "SELECT count(*) FROM shared").rows).containsExactly(List.of("1"));
            s.close();
        }
    }
}
