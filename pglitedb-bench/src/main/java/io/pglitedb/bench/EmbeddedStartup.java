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
        perTestClass();
    }

    private static final int TEMPLATE_TABLES = 10;
    private static final int TEMPLATE_ROWS = 1000;

    /**
     * A fresh database per test class, two ways, with a schema of TEMPLATE_TABLES tables of
     * TEMPLATE_ROWS rows each: a new in-memory engine that runs the DDL and inserts (what a suite
     * does without templates), and CREATE DATABASE ... TEMPLATE of a database built once (the copy
     * includes rows and sequence states), each to the first query answered. Median of 7.
     */
    private static void perTestClass() throws Exception {
        double[] fresh = new double[7];
        for (int i = 0; i < fresh.length; i++) {
            long a = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:pglitedb:mem:")) {
                buildSchema(c);
                firstQuery(c);
            }
            fresh[i] = ms(System.nanoTime() - a);
        }
        String url = "jdbc:pglitedb:mem:suite";
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE app_template");
            try (Connection t = DriverManager.getConnection(url + "?database=app_template")) {
                buildSchema(t);
            }
            double[] copy = new double[7];
            for (int i = 0; i < copy.length; i++) {
                long a = System.nanoTime();
                s.execute("CREATE DATABASE test_class_" + i + " TEMPLATE app_template");
                try (Connection c = DriverManager.getConnection(url + "?database=test_class_" + i)) {
                    firstQuery(c);
                }
                copy[i] = ms(System.nanoTime() - a);
            }
            long d = System.nanoTime();
            s.execute("DROP DATABASE test_class_0");
            double drop = ms(System.nanoTime() - d);
            System.out.printf("database per test class (%d tables x %d rows): new engine + DDL + inserts %.1f ms,"
                    + " CREATE DATABASE ... TEMPLATE + connect + query %.1f ms, DROP DATABASE %.1f ms%n",
                    TEMPLATE_TABLES, TEMPLATE_ROWS, median(fresh), median(copy), drop);
        }
    }

    private static void buildSchema(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            for (int t = 0; t < TEMPLATE_TABLES; t++) {
                s.execute("CREATE TABLE t" + t + " (id serial PRIMARY KEY, name text NOT NULL, n int)");
                s.execute("CREATE INDEX t" + t + "_n ON t" + t + " (n)");
                s.execute("INSERT INTO t" + t + " (name, n) SELECT 'row ' || g, g % 17 FROM generate_series(1, "
                        + TEMPLATE_ROWS + ") g");
            }
        }
    }

    private static void firstQuery(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t9 WHERE n = 3")) {
            if (!rs.next() || rs.getLong(1) != TEMPLATE_ROWS / 17 + (TEMPLATE_ROWS % 17 >= 3 ? 1 : 0)) {
                throw new IllegalStateException("wrong answer");
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
