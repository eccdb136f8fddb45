package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VACUUM compacts a table's storage: the space of deleted rows comes back. */
class VacuumTest {
    @TempDir
    Path directory;

    @Test
    void vacuumGivesBackTheSpaceOfDeletedRows() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE big (k int PRIMARY KEY, pad text)");
            run(s, "CREATE INDEX big_pad ON big (pad)");
            run(s, "INSERT INTO big SELECT g, repeat(md5(g::text), 6) FROM generate_series(1, 20000) g");
            assertThat(run(s, "VACUUM big").tags).containsExactly("VACUUM");
            long full = database.storageProperty("rocksdb.total-sst-files-size");
            assertThat(full).isGreaterThan(2_000_000); // 20,000 rows of ~200 bytes, twice (row and index entry)
            run(s, "DELETE FROM big");
            run(s, "VACUUM");
            long emptied = database.storageProperty("rocksdb.total-sst-files-size");
            assertThat(emptied).isLessThan(full / 10);
            assertThat(run(s, "SELECT count(*) FROM big").rows).containsExactly(List.of("0"));
            s.close();
        }
    }
}
