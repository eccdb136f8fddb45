package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries over tables and indexes copied into the heap ({@link io.pglitedb.storage.RelationCache},
 * made on the first read here) answer as queries over the store: sequential, parallel and index
 * scans, lookups, and what other sessions commit in between.
 */
class RelationCopiesTest {
    @TempDir
    Path directory;

    @Test
    void queriesOverCopiesSeeWhatIsCommittedAndNothingElse() {
        try (Database database = Database.open(directory)) {
            database.transactions().store().relationCache().setEager(true);
            Session a = open(database);
            Session b = open(database);
            run(a, "CREATE TABLE item (id int PRIMARY KEY, grp int, label text)");
            run(a, "CREATE INDEX item_grp ON item (grp)");
            run(a, "INSERT INTO item SELECT g, g % 100, repeat('x', 100) || g FROM generate_series(1, 30000) g");
            assertThat(rows(a, "SELECT count(*), sum(id) FROM item")).containsExactly(List.of("30000", "450015000"));
            assertThat(database.relationCopyBytes()).isPositive();
            assertThat(rows(a, "SELECT id FROM item WHERE grp = 7 AND id < 400 ORDER BY id"))
                    .containsExactly(List.of("7"), List.of("107"), List.of("207"), List.of("307"));
            assertThat(rows(a, "SELECT label FROM item WHERE id = 12345")).containsExactly(List.of("x".repeat(100) + "12345"));

            run(a, "BEGIN ISOLATION LEVEL REPEATABLE READ");
            assertThat(rows(a, "SELECT count(*) FROM item WHERE grp = 7")).containsExactly(List.of("300"));
            run(b, "UPDATE item SET grp = 7 WHERE id IN (1, 2, 3)");
            run(b, "DELETE FROM item WHERE id = 107");
            run(b, "INSERT INTO item VALUES (40000, 7, 'new')");
            // b's reads after its commits: the copies it dropped are made again at its snapshot
            assertThat(rows(b, "SELECT count(*) FROM item WHERE grp = 7")).containsExactly(List.of("303"));
            assertThat(rows(b, "SELECT count(*), sum(id) FROM item")).containsExactly(List.of("30000", "450054893"));
            // a's snapshot is older than those copies: it still sees the old state
            assertThat(rows(a, "SELECT count(*) FROM item WHERE grp = 7")).containsExactly(List.of("300"));
            assertThat(rows(a, "SELECT count(*), sum(id) FROM item")).containsExactly(List.of("30000", "450015000"));
            assertThat(rows(a, "SELECT grp FROM item WHERE id = 1")).containsExactly(List.of("1"));
            run(a, "COMMIT");
            assertThat(rows(a, "SELECT grp FROM item WHERE id = 1")).containsExactly(List.of("7"));
            assertThat(rows(a, "SELECT id FROM item WHERE grp = 7 AND id < 400 ORDER BY id"))
                    .containsExactly(List.of("1"), List.of("2"), List.of("3"), List.of("7"), List.of("207"),
                            List.of("307"));

            // own writes: a transaction reads them, not the copy
            run(a, "BEGIN");
            run(a, "UPDATE item SET label = 'mine' WHERE id = 12345");
            assertThat(rows(a, "SELECT label FROM item WHERE id = 12345")).containsExactly(List.of("mine"));
            assertThat(rows(b, "SELECT label FROM item WHERE id = 12345")).containsExactly(List.of("x".repeat(100) + "12345"));
            run(a, "ROLLBACK");
            assertThat(rows(a, "SELECT label FROM item WHERE id = 12345")).containsExactly(List.of("x".repeat(100) + "12345"));

            run(a, "TRUNCATE item");
            assertThat(rows(b, "SELECT count(*) FROM item")).containsExactly(List.of("0"));
            assertThat(rows(b, "SELECT count(*) FROM item WHERE grp = 7")).containsExactly(List.of("0"));
            a.close();
            b.close();
        }
    }

    private static List<List<String>> rows(Session s, String sql) {
        return run(s, sql).rows;
    }
}
