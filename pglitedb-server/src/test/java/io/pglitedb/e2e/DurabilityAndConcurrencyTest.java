package io.pglitedb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton's transaction guarantees, through a real server process and pgJDBC:
 * acknowledged commits survive kill -9, and concurrent read-modify-write UPDATEs lose nothing.
 */
@Timeout(180)
class DurabilityAndConcurrencyTest {

    @Test
    void acknowledgedCommitsSurviveKillNine(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        ServerProcess server = ServerProcess.start("--data", data);
        int acknowledged = 0;
        try (Connection c = DriverManager.getConnection(server.url(), "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (id integer PRIMARY KEY, payload text NOT NULL)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO events VALUES (?, ?)")) {
                for (int i = 1; i <= 200; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "event " + i);
                    insert.executeUpdate(); // autocommit: returns only after COMMIT was acknowledged
                    acknowledged = i;
                }
            }
        } finally {
            server.kill();
        }

        ServerProcess restarted = ServerProcess.start("--data", data);
        try (Connection c = DriverManager.getConnection(restarted.url(), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), max(id), min(payload) FROM events")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(acknowledged);
            assertThat(rs.getInt(2)).isEqualTo(200);
            assertThat(rs.getString(3)).isEqualTo("event 1");
        } finally {
            restarted.stop();
        }
    }

    @Test
    void tenClientsIncrementingOneRowLoseNoUpdate() throws Exception {
        ServerProcess server = ServerProcess.start("--memory");
        try {
            try (Connection c = DriverManager.getConnection(server.url(), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE counter (id integer PRIMARY KEY, n bigint NOT NULL)");
                s.execute("INSERT INTO counter VALUES (1, 0)");
            }
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                clients.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(server.url(), "postgres", "");
                            Statement s = c.createStatement()) {
                        for (int i = 0; i < 100; i++) {
                            s.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            pool.shutdown();
            try (Connection c = DriverManager.getConnection(server.url(), "postgres", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT n FROM counter")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1000);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void concurrentUpdatesInBlocksWaitAndSeeCommittedValue() throws Exception {
        ServerProcess server = ServerProcess.start("--memory");
        try (Connection a = DriverManager.getConnection(server.url(), "postgres", "");
                Connection b = DriverManager.getConnection(server.url(), "postgres", "")) {
            try (Statement s = a.createStatement()) {
                s.execute("CREATE TABLE counter (id integer PRIMARY KEY, n bigint NOT NULL)");
                s.execute("INSERT INTO counter VALUES (1, 10)");
            }
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            a.createStatement().executeUpdate("UPDATE counter SET n = n * 2 WHERE id = 1");
            Future<Integer> blocked = Executors.newSingleThreadExecutor().submit(
                    () -> b.createStatement().executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1"));
            Thread.sleep(300);
            assertThat(blocked.isDone()).as("second updater waits for the row lock").isFalse();
            a.commit();
            assertThat(blocked.get()).isEqualTo(1);
            b.commit();
            try (ResultSet rs = a.createStatement().executeQuery("SELECT n FROM counter")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(21);
            }
        } finally {
            server.stop();
        }
    }
}
