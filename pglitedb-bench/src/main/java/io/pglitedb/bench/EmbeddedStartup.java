package io.pglitedb.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Fast start: the time from JVM start to the first query answered by a new in-memory database
 * through the embedded JDBC driver, split into phases. Run it in a fresh JVM each time (the point
 * is the cold start):
 *
 * <pre>
 * java -cp pglitedb-bench/target/benchmarks.jar io.pglitedb.bench.EmbeddedStartup
 * </pre>
 *
 * Phases: JVM start to main; loading the driver class (RocksDB's native library is extracted
 * from its jar to a temporary file and loaded here); opening the in-memory database and session;
 * CREATE TABLE, INSERT and SELECT; then a second, warm database for comparison.
 */
public final class EmbeddedStartup {
    private EmbeddedStartup() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        Class.forName("io.pglitedb.jdbc.PgLiteDriver");
        Class.forName("io.pglitedb.storage.Store"); // static init loads RocksDB's native library
        long t1 = System.nanoTime();
        long[] cold = run("jdbc:pglitedb:mem:");
        long t2 = System.nanoTime();
        long[] warm = run("jdbc:pglitedb:mem:");
        long t3 = System.nanoTime();
        double toMain = mainAt - jvmStart;
        double load = ms(t1 - t0);
        double total = toMain + ms(t2 - t0);
        System.out.printf("JVM start to main            %7.1f ms%n", toMain);
        System.out.printf("driver + RocksDB native load %7.1f ms%n", load);
        System.out.printf("open in-memory database      %7.1f ms%n", ms(cold[0]));
        System.out.printf("CREATE TABLE+INSERT+SELECT   %7.1f ms%n", ms(cold[1]));
        System.out.printf("total from JVM start         %7.1f ms%n", total);
        System.out.printf("second database (warm): open %.1f ms, statements %.1f ms, total %.1f ms%n",
                ms(warm[0]), ms(warm[1]), ms(t3 - t2));
    }

    /** Opens a database, runs the statements; returns {open nanos, statements nanos}. */
    private static long[] run(String url) throws Exception {
        long a = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            long b = System.nanoTime();
            s.execute("CREATE TABLE t (id int PRIMARY KEY, name text)");
            s.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two')");
            try (ResultSet rs = s.executeQuery("SELECT name FROM t WHERE id = 2")) {
                if (!rs.next() || !rs.getString(1).equals("two")) {
                    throw new IllegalStateException("wrong answer");
                }
            }
            long d = System.nanoTime();
            return new long[] {b - a, d - b};
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
