package io.pglitedb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Embedded databases side by side, in one JVM and one run, through JDBC: pgbench's TPC-B-like
 * transaction (10 threads, scale 1, each thread its own connection, prepared statements, a
 * durable commit per transaction) and a read-only point lookup by primary key. Engines:
 *
 * <ul>
 * <li>pglitedb: {@code jdbc:pglitedb:file:DIR}; every COMMIT waits for the WAL fsync (group commit)</li>
 * <li>pglitedb-async (only when named): the same with {@code synchronous_commit=off}, PostgreSQL's
 * asynchronous commit: COMMIT returns once the WAL has the writes, the sync follows without
 * waiting; the durability H2's setting below gives</li>
 * <li>h2: H2 2.x file mode, {@code WRITE_DELAY=0} (H2's setting to write the store at each
 * commit instead of within a second), {@code LOCK_TIMEOUT=10000}. H2 2.x has no setting that
 * fsyncs at commit: strace counted 20 fsyncs in a 5-second run of ~3,000 commits, so its commits
 * survive a process crash but not a power loss. Its numbers are at weaker durability.</li>
 * <li>sqlite: {@code journal_mode=WAL}, {@code synchronous=FULL} (fsync of the WAL at every
 * commit), transactions BEGIN IMMEDIATE, busy_timeout 60 s</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -q -DskipTests package -pl pglitedb-bench -am
 * java -cp pglitedb-bench/target/benchmarks.jar io.pglitedb.bench.EmbeddedTpcb [seconds [rounds [engines...]]]
 * </pre>
 *
 * Each configuration runs {@code rounds} times (default 3), alternating the engines; the medians
 * and the ratios pglitedb / other are printed. After each TPC-B run the invariant sum(abalance) = sum(bbalance) = sum(tbalance) = sum(delta)
 * is checked. Data lives in a temporary directory removed at the end.
 */
public final class EmbeddedTpcb {
    private static final int THREADS = 10;
    private static final int SCALE = 1;
    private static final int ACCOUNTS = 100_000 * SCALE;
    private static final int TELLERS = 10 * SCALE;
    private static final int BRANCHES = SCALE;

    private EmbeddedTpcb() {
    }

    /** One engine under test: how to connect and how it begins a transaction. */
    private record Engine(String name, String url, String durability) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> names = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("pglitedb", "h2", "sqlite");
        Path root = Files.createTempDirectory("embedded-tpcb");
        // holds the embedded engines open between the runs' connections
        List<io.pglitedb.PgLite> embedded = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("pglitedb")) {
                embedded.add(io.pglitedb.PgLite.open(root.resolve(name)));
            }
        }
        try {
            List<Engine> engines = new ArrayList<>();
            for (String name : names) {
                Engine engine = engine(name, root.resolve(name));
                long loadStart = System.nanoTime();
                load(engine);
                System.out.printf("%-14s loaded in %.1f s%n", name, (System.nanoTime() - loadStart) / 1e9);
                engines.add(engine);
            }
            // alternate the engines round by round, so that a noisy neighbour hurts all of them alike
            double[][] tpcb = new double[engines.size()][rounds];
            double[][] select = new double[engines.size()][rounds];
            long[] retries = new long[engines.size()];
            for (int r = 0; r < rounds; r++) {
                for (int e = 0; e < engines.size(); e++) {
                    Result result = run(engines.get(e), seconds, true);
                    tpcb[e][r] = result.tps;
                    retries[e] += result.retries;
                    checkInvariant(engines.get(e));
                    System.out.printf("round %d %-14s tpcb-like %8.0f tps%n", r + 1, engines.get(e).name, result.tps);
                }
                for (int e = 0; e < engines.size(); e++) {
                    select[e][r] = run(engines.get(e), seconds, false).tps;
                    System.out.printf("round %d %-14s select    %8.0f tps%n", r + 1, engines.get(e).name, select[e][r]);
                }
            }
            System.out.printf("%n%d threads, scale %d, %d s per run, median of %d rounds%n", THREADS, SCALE, seconds, rounds);
            double oursTpcb = median(tpcb[0]);
            double oursSelect = median(select[0]);
            for (int e = 0; e < engines.size(); e++) {
                System.out.printf("%-14s tpcb-like %8.0f tps (%d retries, %s %.2fx)  select-only %8.0f tps (%s %.2fx)  [%s]%n",
                        engines.get(e).name, median(tpcb[e]), retries[e], engines.get(0).name, oursTpcb / median(tpcb[e]),
                        median(select[e]), engines.get(0).name, oursSelect / median(select[e]), engines.get(e).durability);
            }
        } finally {
            for (io.pglitedb.PgLite engine : embedded) {
                engine.close();
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Engine engine(String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        return switch (name) {
            case "pglitedb" -> new Engine(name, "jdbc:pglitedb:file:" + dir,
                    "durable commit: WAL fsync per commit (group commit)");
            case "pglitedb-async" -> new Engine(name, "jdbc:pglitedb:file:" + dir + "?synchronous_commit=off",
                    "synchronous_commit=off: written to the WAL at commit, fsynced by the group-commit thread"
                            + " without waiting (a crash may lose the last commits)");
            case "h2" -> new Engine(name, "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                    "H2 2.5.252 file, WRITE_DELAY=0: written at commit, not fsynced");
            case "sqlite" -> new Engine(name, "jdbc:sqlite:" + dir.resolve("db.sqlite")
                    + "?journal_mode=WAL&synchronous=FULL&transaction_mode=IMMEDIATE&busy_timeout=60000",
                    "SQLite WAL, synchronous=FULL: fsync per commit");
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    private static void load(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pgbench_branches (bid int PRIMARY KEY, bbalance int NOT NULL, filler char(88))");
            s.execute("CREATE TABLE pgbench_tellers (tid int PRIMARY KEY, bid int NOT NULL, tbalance int NOT NULL,"
                    + " filler char(84))");
            s.execute("CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL,"
                    + " filler char(84))");
            s.execute("CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp,"
                    + " filler char(22))");
            c.setAutoCommit(false);
            insert(c, "INSERT INTO pgbench_branches (bid, bbalance) VALUES (?, 0)", BRANCHES, 0);
            insert(c, "INSERT INTO pgbench_tellers (tid, bid, tbalance) VALUES (?, ?, 0)", TELLERS, 10);
            insert(c, "INSERT INTO pgbench_accounts (aid, bid, abalance, filler) VALUES (?, ?, 0, '')", ACCOUNTS,
                    100_000);
            c.commit();
        }
    }

    private static void insert(Connection c, String sql, int rows, int perBranch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= rows; i++) {
                ps.setInt(1, i);
                if (perBranch > 0) {
                    ps.setInt(2, (i - 1) / perBranch + 1);
                }
                ps.addBatch();
                if (i % 5000 == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
        }
    }

    private record Result(double tps, long retries) {
    }

    private static Result run(Engine engine, int seconds, boolean tpcb) throws Exception {
        LongAdder done = new LongAdder();
        LongAdder retries = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = engine.connect()) {
                    if (tpcb) {
                        tpcbLoop(c, stop, done, retries);
                    } else {
                        selectLoop(c, stop, done);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException(engine.name + " failed", failures.get(0));
        }
        return new Result(done.sum() / elapsed, retries.sum());
    }

    private static void tpcbLoop(Connection c, AtomicBoolean stop, LongAdder done, LongAdder retries)
            throws SQLException {
        while (true) {
            try {
                c.setAutoCommit(false); // sqlite-jdbc begins its IMMEDIATE transaction here already
                break;
            } catch (SQLException e) {
                retries.increment();
            }
        }
        try (PreparedStatement updateAccount = c.prepareStatement(
                        "UPDATE pgbench_accounts SET abalance = abalance + ? WHERE aid = ?");
                PreparedStatement selectAccount = c.prepareStatement(
                        "SELECT abalance FROM pgbench_accounts WHERE aid = ?");
                PreparedStatement updateTeller = c.prepareStatement(
                        "UPDATE pgbench_tellers SET tbalance = tbalance + ? WHERE tid = ?");
                PreparedStatement updateBranch = c.prepareStatement(
                        "UPDATE pgbench_branches SET bbalance = bbalance + ? WHERE bid = ?");
                PreparedStatement insertHistory = c.prepareStatement(
                        "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stop.get()) {
                int aid = random.nextInt(ACCOUNTS) + 1;
                int tid = random.nextInt(TELLERS) + 1;
                int bid = random.nextInt(BRANCHES) + 1;
                int delta = random.nextInt(-5000, 5001);
                try {
                    updateAccount.setInt(1, delta);
                    updateAccount.setInt(2, aid);
                    updateAccount.executeUpdate();
                    selectAccount.setInt(1, aid);
                    try (ResultSet rs = selectAccount.executeQuery()) {
                        rs.next();
                        rs.getInt(1);
                    }
                    updateTeller.setInt(1, delta);
                    updateTeller.setInt(2, tid);
                    updateTeller.executeUpdate();
                    updateBranch.setInt(1, delta);
                    updateBranch.setInt(2, bid);
                    updateBranch.executeUpdate();
                    insertHistory.setInt(1, tid);
                    insertHistory.setInt(2, bid);
                    insertHistory.setInt(3, aid);
                    insertHistory.setInt(4, delta);
                    insertHistory.executeUpdate();
                    c.commit();
                    done.increment();
                } catch (SQLException e) {
                    // lock timeout, busy or serialization failure: roll back and try another
                    retries.increment();
                    try {
                        c.rollback();
                    } catch (SQLException again) {
                        retries.increment();
                    }
                }
            }
        }
    }

    private static void selectLoop(Connection c, AtomicBoolean stop, LongAdder done) throws SQLException {
        c.setAutoCommit(true);
        try (PreparedStatement ps = c.prepareStatement("SELECT abalance FROM pgbench_accounts WHERE aid = ?")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stop.get()) {
                ps.setInt(1, random.nextInt(ACCOUNTS) + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rs.getInt(1);
                }
                done.increment();
            }
        }
    }

    private static void checkInvariant(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            long a = sum(s, "SELECT sum(abalance) FROM pgbench_accounts");
            long b = sum(s, "SELECT sum(bbalance) FROM pgbench_branches");
            long t = sum(s, "SELECT sum(tbalance) FROM pgbench_tellers");
            long h = sum(s, "SELECT sum(delta) FROM pgbench_history");
            if (a != b || a != t || a != h) {
                throw new IllegalStateException(engine.name + ": TPC-B invariant broken: " + a + " " + b + " " + t + " " + h);
            }
        }
    }

    private static long sum(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
