package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.PgLite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SELECT pglitedb_backup('/dir')}: an online, consistent copy that opens as a database. */
class BackupTest {
    private static final int ACCOUNTS = 200;

    @Test
    void backupDuringWriteLoadOpensAsConsistentDatabaseWithEveryEarlierCommit(@TempDir Path dir) throws Exception {
        Path backup = dir.resolve("backups/copy");
        long acknowledgedBeforeBackup;
        long acknowledgedAfterBackup;
        try (PgLite db = PgLite.open(dir.resolve("data")); Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE account (id int PRIMARY KEY, balance bigint NOT NULL)");
            s.execute("CREATE TABLE history (id bigserial PRIMARY KEY, account int NOT NULL, delta bigint NOT NULL)");
            s.execute("CREATE INDEX history_account ON history (account)");
            s.execute("INSERT INTO account SELECT g, 1000 FROM generate_series(1, " + ACCOUNTS + ") g");

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong committed = new AtomicLong();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(Thread.ofPlatform().start(() -> transfer(db, stop, committed, failure)));
            }
            while (committed.get() < 200) {
                Thread.sleep(5);
            }
            acknowledgedBeforeBackup = committed.get();
            try (ResultSet rs = s.executeQuery("SELECT pglitedb_backup('" + backup + "')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(backup.toString());
            }
            acknowledgedAfterBackup = committed.get();
            while (committed.get() < acknowledgedAfterBackup + 100 && failure.get() == null) {
                Thread.sleep(5); // writes go on after the backup and must not reach the copy
            }
            stop.set(true);
            for (Thread t : writers) {
                t.join();
            }
            assertThat(failure.get()).isNull();
        }

        try (PgLite copy = PgLite.open(backup); Connection c = copy.getConnection(); Statement s = c.createStatement()) {
            long history = single(s, "SELECT count(*) FROM history");
            // every commit acknowledged before the call is in the copy; nothing after the call's end
            assertThat(history).isBetween(acknowledgedBeforeBackup, acknowledgedAfterBackup + 8); // + one commit in flight per writer
            assertThat(single(s, "SELECT sum(balance) FROM account")).isEqualTo(1000L * ACCOUNTS);
            assertThat(single(s, "SELECT coalesce(sum(delta), 0) FROM history")).isEqualTo(0L);
            assertThat(single(s, "SELECT count(*) FROM account")).isEqualTo(ACCOUNTS);
            // per account: balance = 1000 + its deltas, read through the index on history.account
            for (int id = 1; id <= ACCOUNTS; id += 37) {
                long balance = single(s, "SELECT balance FROM account WHERE id = " + id);
                long deltas = single(s, "SELECT coalesce(sum(delta), 0) FROM history WHERE account = " + id);
                assertThat(balance).isEqualTo(1000 + deltas);
            }
            // the copy is a working database: serial continues, writes commit
            s.execute("INSERT INTO history (account, delta) VALUES (1, 0)");
            assertThat(single(s, "SELECT count(*) FROM history")).isEqualTo(history + 1);
        }
    }

    /** Moves a random amount between two accounts and logs both sides, one transaction each time. */
    private static void transfer(PgLite db, AtomicBoolean stop, AtomicLong committed, AtomicReference<Throwable> failure) {
        try (Connection c = db.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE account SET balance = balance + ? WHERE id = ?");
                PreparedStatement log = c.prepareStatement("INSERT INTO history (account, delta) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stop.get()) {
                int from = 1 + random.nextInt(ACCOUNTS);
                int to = 1 + random.nextInt(ACCOUNTS);
                long amount = 1 + random.nextInt(100);
                // lock in id order so that two writers cannot deadlock
                int first = Math.min(from, to);
                int second = Math.max(from, to);
                long firstDelta = first == from ? -amount : amount;
                update.setLong(1, firstDelta);
                update.setInt(2, first);
                update.executeUpdate();
                update.setLong(1, -firstDelta);
                update.setInt(2, second);
                update.executeUpdate();
                log.setInt(1, first);
                log.setLong(2, firstDelta);
                log.executeUpdate();
                log.setInt(1, second);
                log.setLong(2, -firstDelta);
                log.executeUpdate();
                c.commit();
                committed.addAndGet(2);
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    @Test
    void backupNeedsSuperuserAndAFreshAbsoluteTarget(@TempDir Path dir) throws Exception {
        Path existing = Files.createDirectories(dir.resolve("existing"));
        try (PgLite db = PgLite.open(dir.resolve("data")); Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE app LOGIN");
            assertThatThrownBy(() -> s.executeQuery("SELECT pglitedb_backup('" + existing + "')"))
                    .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "58P02")
                    .hasMessageContaining("could not create directory \"" + existing + "\": File exists");
            assertThatThrownBy(() -> s.executeQuery("SELECT pglitedb_backup('relative/dir')"))
                    .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "22023");
            assertThat(single(s, "SELECT 1")).isEqualTo(1L); // the session goes on
            java.util.Properties app = new java.util.Properties();
            app.setProperty("user", "app");
            try (Connection a = java.sql.DriverManager.getConnection(db.url(), app); Statement as = a.createStatement()) {
                assertThatThrownBy(() -> as.executeQuery("SELECT pglitedb_backup('" + dir.resolve("b") + "')"))
                        .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "42501")
                        .hasMessageContaining("permission denied for function pglitedb_backup");
            }
            assertThat(dir.resolve("b")).doesNotExist();
        }
        try (PgLite memory = PgLite.openInMemory(); Connection c = memory.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT pglitedb_backup('" + dir.resolve("m") + "')"))
                    .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "55000");
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
