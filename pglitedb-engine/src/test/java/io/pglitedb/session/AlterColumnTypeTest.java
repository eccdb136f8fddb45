package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ALTER COLUMN TYPE rewrites rows durably and keeps indexes usable; expected behaviour is PostgreSQL 15's. */
class AlterColumnTypeTest {
    @TempDir
    Path directory;

    @Test
    void convertedColumnSurvivesRestartWithItsIndex() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE m (id int PRIMARY KEY, code text)");
            run(s, "CREATE INDEX m_code ON m (code)");
            run(s, "INSERT INTO m VALUES (1, '007'), (2, '42')");
            PgException noCast = error(s, "ALTER TABLE m ALTER COLUMN code TYPE int");
            assertThat(noCast.state().code()).isEqualTo("42804");
            assertThat(noCast.getMessage()).isEqualTo("column \"code\" cannot be cast automatically to type integer");
            assertThat(noCast.hint()).isEqualTo("You might need to specify \"USING code::integer\".");
            run(s, "ALTER TABLE m ALTER COLUMN code TYPE int USING code::int, ALTER COLUMN id TYPE bigint");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            assertThat(run(s, "SELECT id, code + 1 FROM m ORDER BY id").rows)
                    .containsExactly(List.of("1", "8"), List.of("2", "43"));
            assertThat(run(s, "SELECT id FROM m WHERE code = 7").rows).containsExactly(List.of("1"));
            assertThat(error(s, "INSERT INTO m VALUES (3, 'abc')").state().code()).isEqualTo("22P02");
            s.close();
        }
    }
}
