package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 50 clients transfer money between 5 hot rows for {@code -Dhammer.seconds} (default 15; the
 * issue's check is 30) at READ COMMITTED, REPEATABLE READ and SERIALIZABLE mixed, in four
 * forms: relative updates, read-then-write with absolute values (safe only because RR and
 * SERIALIZABLE refuse lost updates with 40001, so RC uses FOR UPDATE for it), row locks taken
 * in random order (deadlocks), and read-only sums. Every transfer also logs its deltas. At the
 * end the sum is preserved, each row equals its start plus its logged deltas, every snapshot
 * read saw the full sum, and the only failures were 40001 and 40P01.
 */
@Timeout(300)
class HotRowsStressTest {
    private static final int CLIENTS = 50;
    private static final int ROWS = 5;
    private static final int START = 1000;
    private static final String[] LEVELS = {"READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"};

    @Test
    void fiftyClientsOnFiveHotRowsKeepTheSumAndFailOnlyWith40001Or40P01() throws Exception {
        long seconds = Long.getLong("hammer.seconds", 15);
        try (IsolationServer server = IsolationServer.start()) {
            server.setup("DROP TABLE IF EXISTS hot", "DROP TABLE IF EXISTS hot_log",
                    "CREATE TABLE hot (id integer PRIMARY KEY, balance bigint NOT NULL)",
                    "CREATE TABLE hot_log (n bigserial PRIMARY KEY, account integer NOT NULL, delta bigint NOT NULL)",
                    "INSERT INTO hot SELECT g, " + START + " FROM generate_series(1, " + ROWS + ") g");
            Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
            List<String> badSums = java.util.Collections.synchronizedList(new ArrayList<>());
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    try (Connection connection = server.connect(); Statement s = connection.createStatement()) {
                        s.execute("SET deadlock_timeout = '" + (client % 2 == 0 ? "100ms" : "1s") + "'");
                        while (System.nanoTime() < deadline) {
                            String outcome = transaction(s, badSums);
                            outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            pool.shutdown();
            System.out.println("HotRowsStressTest " + seconds + " s, " + CLIENTS + " clients: " + new TreeMap<>(outcomes));
            assertThat(outcomes.keySet()).as("outcomes").allMatch(k -> k.equals("committed") || k.equals("40001")
                    || k.equals("40P01"));
            assertThat(outcomes.get("committed").get()).as("committed transactions").isGreaterThan(20);
            assertThat(badSums).as("snapshot sums other than " + ROWS * START).isEmpty();
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                assertThat(one(s, "SELECT sum(balance) FROM hot")).isEqualTo(ROWS * START);
                try (ResultSet rs = s.executeQuery("SELECT h.id, h.balance, " + START
                        + " + coalesce((SELECT sum(delta) FROM hot_log l WHERE l.account = h.id), 0) FROM hot h ORDER BY h.id")) {
                    while (rs.next()) {
                        assertThat(rs.getLong(2)).as("row %d against its log", rs.getInt(1)).isEqualTo(rs.getLong(3));
                    }
                }
            }
        }
    }

    /** One transaction of a random form at a random level; returns "committed" or the SQLSTATE. */
    private static String transaction(Statement s, List<String> badSums) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String level = LEVELS[random.nextInt(LEVELS.length)];
        int from = 1 + random.nextInt(ROWS);
        int to = 1 + (from + random.nextInt(ROWS - 1)) % ROWS;
        int amount = 1 + random.nextInt(50);
        int form = random.nextInt(4);
        try {
            s.execute("BEGIN ISOLATION LEVEL " + level);
            switch (form) {
                case 0 -> { // relative updates
                    s.executeUpdate("UPDATE hot SET balance = balance - " + amount + " WHERE id = " + from);
                    s.executeUpdate("UPDATE hot SET balance = balance + " + amount + " WHERE id = " + to);
                }
                case 1 -> { // read, then write absolute values (RC must lock what it reads)
                    String lock = level.equals("READ COMMITTED") ? " FOR UPDATE" : "";
                    long a = one(s, "SELECT balance FROM hot WHERE id = " + from + lock);
                    long b = one(s, "SELECT balance FROM hot WHERE id = " + to + lock);
                    s.executeUpdate("UPDATE hot SET balance = " + (a - amount) + " WHERE id = " + from);
                    s.executeUpdate("UPDATE hot SET balance = " + (b + amount) + " WHERE id = " + to);
                }
                case 2 -> { // lock both rows in random order, then update
                    one(s, "SELECT balance FROM hot WHERE id = " + from + " FOR NO KEY UPDATE");
                    one(s, "SELECT balance FROM hot WHERE id = " + to + " FOR UPDATE");
                    s.executeUpdate("UPDATE hot SET balance = balance + " + amount + " WHERE id = " + to);
                    s.executeUpdate("UPDATE hot SET balance = balance - " + amount + " WHERE id = " + from);
                }
                default -> { // read-only: every snapshot holds the whole sum
                    long sum = one(s, "SELECT sum(balance) FROM hot");
                    if (sum != (long) ROWS * START) {
                        badSums.add(level + ": " + sum);
                    }
                    s.execute("COMMIT");
                    return "committed";
                }
            }
            s.executeUpdate("INSERT INTO hot_log (account, delta) VALUES (" + from + ", " + -amount + "), (" + to
                    + ", " + amount + ")");
            s.execute("COMMIT");
            return "committed";
        } catch (SQLException e) {
            s.execute("ROLLBACK");
            return e.getSQLState();
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
