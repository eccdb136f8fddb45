package io.pglitedb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.PgLite;
import io.pglitedb.session.DatabaseStatistics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@code --metrics-port}: pg_stat_database-like counters, also as a Prometheus page. */
class MetricsServerTest {
    @Test
    void countersFollowWhatSessionsDoAndThePageShowsThem() throws Exception {
        try (PgLite db = PgLite.openInMemory(); Connection c = db.getConnection(); Statement s = c.createStatement();
                MetricsServer metrics = MetricsServer.start(db.database(), "127.0.0.1", 0)) {
            DatabaseStatistics before = db.database().statistics();
            s.execute("CREATE TABLE t (id int PRIMARY KEY, v text)");
            s.executeUpdate("INSERT INTO t SELECT g, 'x' FROM generate_series(1, 5) g");
            s.executeUpdate("UPDATE t SET v = 'y' WHERE id <= 2");
            s.executeUpdate("DELETE FROM t WHERE id = 5");
            try (ResultSet rs = s.executeQuery("SELECT * FROM t")) {
                while (rs.next()) {
                    // four rows
                }
            }
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO t VALUES (9, 'z')");
            c.rollback();
            c.setAutoCommit(true);

            DatabaseStatistics after = db.database().statistics();
            assertThat(after.numbackends()).isEqualTo(before.numbackends()).isPositive();
            assertThat(after.tupInserted() - before.tupInserted()).isEqualTo(6);
            assertThat(after.tupUpdated() - before.tupUpdated()).isEqualTo(2);
            assertThat(after.tupDeleted() - before.tupDeleted()).isEqualTo(1);
            assertThat(after.tupReturned() - before.tupReturned()).isGreaterThanOrEqualTo(4);
            assertThat(after.xactCommit() - before.xactCommit()).isGreaterThanOrEqualTo(5);
            assertThat(after.xactRollback() - before.xactRollback()).isEqualTo(1);
            assertThat(after.writable()).isTrue();

            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + metrics.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            assertThat(page.body())
                    .contains("# TYPE pglitedb_xact_commit_total counter\n")
                    .contains("\npglitedb_connections " + after.numbackends() + "\n")
                    .contains("\npglitedb_rows_inserted_total " + after.tupInserted() + "\n")
                    .contains("\npglitedb_rows_deleted_total " + after.tupDeleted() + "\n")
                    .contains("\npglitedb_writable 1\n")
                    .containsPattern("\npglitedb_wal_syncs_total \\d+\n")
                    .containsPattern("\npglitedb_storage_block_cache_usage_bytes [1-9]\\d*\n")
                    .containsPattern("\npglitedb_storage_memtable_bytes [1-9]\\d*\n")
                    .contains("\npglitedb_storage_relation_copies_bytes " + db.database().relationCopyBytes() + "\n");
        }
    }
}
