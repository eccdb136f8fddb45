package io.pglitedb.bench;

import io.pglitedb.session.Database;
import io.pglitedb.session.Session;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TPC-H Q6's path on a lineitem-shaped table of {@value #ROWS} rows (about 12 MB), in memory: a
 * sequential scan decoding four of eight columns, a selective filter (about 2% of the rows pass)
 * and a sum, with {@code max_parallel_workers_per_gather} 0 (read on the session's thread only)
 * and 2 (the second half of the key range read by a worker thread; one worker on two cores).
 * And Q1's path: a grouped aggregate over nearly every row, which the worker computes for its
 * half (partial aggregation) with 2.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class TableScanBenchmark {
    static final int ROWS = 120_000;

    @Param({"0", "2"})
    public int workers;

    private Database database;
    private Session session;
    private final SessionBenchmark.CountingSink sink = new SessionBenchmark.CountingSink();

    @Setup(Level.Trial)
    public void setUp() {
        database = Database.openInMemory();
        session = database.openSession(Map.of("user", "postgres", "database", "postgres"));
        session.simpleQuery("CREATE TABLE lineitem (l_orderkey int8, l_linenumber int4, l_quantity numeric(15,2),"
                + " l_extendedprice numeric(15,2), l_discount numeric(15,2), l_shipdate date, l_shipmode char(10),"
                + " l_comment varchar(44), PRIMARY KEY (l_orderkey, l_linenumber))", sink);
        session.simpleQuery("INSERT INTO lineitem SELECT g / 4, g % 4, g % 50 + 1, (g % 9973) * 1.5,"
                + " (g % 11) / 100.0, date '1992-01-01' + g % 2500, 'MAIL', repeat('c', 40)"
                + " FROM generate_series(1, " + ROWS + ") g", sink);
        session.simpleQuery("SET max_parallel_workers_per_gather = " + workers, sink);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
        database.close();
    }

    /** Q6's filter and sum. */
    @Benchmark
    public long q6() {
        session.simpleQuery("SELECT sum(l_extendedprice * l_discount) FROM lineitem"
                + " WHERE l_shipdate >= date '1994-01-01' AND l_shipdate < date '1995-01-01'"
                + " AND l_discount BETWEEN 0.05 AND 0.07 AND l_quantity < 24", sink);
        return sink.rows;
    }

    /** Q1's groups and aggregates (98% of the rows pass its filter). */
    @Benchmark
    public long q1() {
        session.simpleQuery("SELECT l_shipmode, l_linenumber, sum(l_quantity), sum(l_extendedprice),"
                + " sum(l_extendedprice * (1 - l_discount)), avg(l_quantity), avg(l_discount), count(*)"
                + " FROM lineitem WHERE l_shipdate <= date '1998-09-02' GROUP BY l_shipmode, l_linenumber", sink);
        return sink.rows;
    }
}
