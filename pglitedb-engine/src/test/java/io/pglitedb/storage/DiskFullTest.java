package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pglitedb.PgLite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the data directory lives on a small tmpfs (mounted by the test, so it runs
 * as root with CAP_SYS_ADMIN only, and is skipped elsewhere) that a ballast file fills up. The
 * WAL append then fails with ENOSPC inside RocksDB, exactly as on a full disk.
 */
class DiskFullTest {
    @TempDir
    Path dir;
    private Path mount;

    @BeforeEach
    void mountSmallFileSystem() throws Exception {
        mount = Files.createDirectories(dir.resolve("mnt"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString()),
                "needs root to mount a tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void fullDiskRefusesWritesKeepsReadsAndRecoversWithoutLosingAcknowledgedCommits() throws Exception {
        Path data = mount.resolve("data");
        Path ballast = mount.resolve("ballast");
        String pad = "x".repeat(2000);
        long acknowledged = 0;
        try (PgLite db = PgLite.open(data); Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int PRIMARY KEY, pad text)");
            s.execute("INSERT INTO t SELECT g, 'start' FROM generate_series(1, 100) g");
            fill(ballast);

            SQLException refused = null;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int id = 101; id < 100_000 && refused == null; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, pad);
                    try {
                        insert.executeUpdate();
                        acknowledged++;
                    } catch (SQLException e) {
                        refused = e;
                    }
                }
            }
            assertThat((Object) refused).as("a write fails once the disk is full").isNotNull();
            assertThat(refused.getSQLState()).isEqualTo("53100");
            assertThat(refused.getMessage()).contains("No space left on device");

            // further writes are refused with the same clear error, also from a new session
            try (Connection other = db.getConnection(); Statement o = other.createStatement()) {
                SQLException again = expectFailure(() -> o.executeUpdate("INSERT INTO t VALUES (-1, 'no')"));
                assertThat(again.getSQLState()).as(again.getMessage()).isEqualTo("53100");
                again = expectFailure(() -> o.executeUpdate("UPDATE t SET pad = 'no' WHERE id = 1"));
                assertThat(again.getSQLState()).as(again.getMessage()).isEqualTo("53100");
                // reads go on and show exactly the acknowledged rows
                assertThat(countEventually(o)).isEqualTo(100 + acknowledged);
                assertThat(single(o, "SELECT count(*) FROM t WHERE pad = 'no'")).isZero();
            }

            // space returns: writes resume by themselves
            Files.delete(ballast);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                try {
                    s.executeUpdate("INSERT INTO t VALUES (0, 'after')");
                    break;
                } catch (SQLException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(100);
                }
            }
            assertThat(single(s, "SELECT count(*) FROM t")).isEqualTo(101 + acknowledged);
            // updates lock rows and read the latest versions: the engine works as before the failure
            assertThat(s.executeUpdate("UPDATE t SET pad = 'updated' WHERE id BETWEEN 1 AND 10")).isEqualTo(10);
        }
        // nothing acknowledged was lost, the refused write is not there
        try (PgLite db = PgLite.open(data); Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM t")).isEqualTo(101 + acknowledged);
            assertThat(single(s, "SELECT count(*) FROM t WHERE id > 100 + " + acknowledged)).isZero();
            assertThat(single(s, "SELECT count(*) FROM t WHERE pad = 'after'")).isEqualTo(1);
            assertThat(single(s, "SELECT count(*) FROM t WHERE pad = 'updated'")).isEqualTo(10);
        }
    }

    /** Writes zeros until the file system is full. */
    private static void fill(Path ballast) throws IOException {
        byte[] block = new byte[256 * 1024];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left on device");
        }
    }

    /** count(*) of t; a statement that raced with the store's reopen after the failure is retried. */
    private static long countEventually(Statement s) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return single(s, "SELECT count(*) FROM t");
            } catch (SQLException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static SQLException expectFailure(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            return e;
        }
        return fail("expected an error");
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
