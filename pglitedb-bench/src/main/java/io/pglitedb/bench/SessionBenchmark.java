package io.pglitedb.bench;

import io.pglitedb.session.Database;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.ResultSink;
import io.pglitedb.session.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole statements through the {@link Session} API on an in-memory database holding a
 * pgbench_accounts-shaped table of {@value #ROWS} rows, each an autocommit transaction:
 * <ul>
 * <li>{@link #pointGetPrepared}: what {@code pgbench -S -M prepared} asks per transaction, Bind +
 * Execute + Sync of {@code SELECT abalance FROM t WHERE aid = $1}</li>
 * <li>{@link #updateByKeySimple}: a simple-query {@code UPDATE t SET abalance = abalance + d
 * WHERE aid = k} (parse, analyze, plan, read, write, commit)</li>
 * <li>{@link #sequentialScanSum}: {@code SELECT sum(abalance) FROM t WHERE bid = 1}, a sequential
 * scan of the whole table decoding two of four columns per row (TPC-H Q1/Q6's path)</li>
 * </ul>
 * Rows go to a sink that only counts them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SessionBenchmark {
    static final int ROWS = 10_000;
    private static final int BATCH = 500;
    /** Keys are visited in a scattered but repeatable order: aid = (i * STRIDE) mod ROWS + 1. */
    private static final int STRIDE = 7919;

    private Database database;
    private Session session;
    private final CountingSink sink = new CountingSink();
    private final Object[] parameters = new Object[1];
    private String[] updates;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        database = Database.openInMemory();
        session = database.openSession(Map.of("user", "postgres", "database", "postgres"));
        session.simpleQuery("CREATE TABLE t (aid int PRIMARY KEY, bid int, abalance int, filler char(84))", sink);
        StringBuilder insert = new StringBuilder();
        for (int start = 1; start <= ROWS; start += BATCH) {
            insert.setLength(0);
            insert.append("INSERT INTO t (aid, bid, abalance, filler) VALUES ");
            for (int aid = start; aid < start + BATCH && aid <= ROWS; aid++) {
                insert.append(aid == start ? "" : ", ").append('(').append(aid).append(", 1, 0, '')");
            }
            session.simpleQuery(insert.toString(), sink);
        }
        session.parse("get", "SELECT abalance FROM t WHERE aid = $1", new int[0]);
        session.sync();
        // The statement texts are built here so string building is not measured.
        updates = new String[1024];
        for (int k = 0; k < updates.length; k++) {
            updates[k] = "UPDATE t SET abalance = abalance + " + (k % 9 - 4) + " WHERE aid = " + nextAid(k);
        }
        sink.rows = 0;
        if (pointGetPrepared() != 1) {
            throw new IllegalStateException("point get did not find its row");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
        database.close();
    }

    private static int nextAid(int k) {
        return (int) ((long) k * STRIDE % ROWS) + 1;
    }

    /** Bind + Execute + Sync of a prepared point select; returns the rows seen so far. */
    @Benchmark
    public long pointGetPrepared() {
        parameters[0] = nextAid(i++);
        session.bind("", "get", parameters, null);
        session.execute("", 0, sink);
        session.sync();
        return sink.rows;
    }

    /** A simple-query UPDATE of one row by primary key, committed. */
    @Benchmark
    public long updateByKeySimple() {
        session.simpleQuery(updates[i++ & (updates.length - 1)], sink);
        return sink.rows;
    }

    /** A simple-query aggregate over a sequential scan of all {@value #ROWS} rows. */
    @Benchmark
    public long sequentialScanSum() {
        session.simpleQuery("SELECT sum(abalance) FROM t WHERE bid = 1", sink);
        return sink.rows;
    }

    /** Counts rows and drops them. */
    static final class CountingSink implements ResultSink {
        long rows;

        @Override
        public void columns(List<ResultColumn> columns) {
        }

        @Override
        public void row(Object[] values) {
            rows++;
        }

        @Override
        public void complete(String commandTag) {
        }

        @Override
        public void emptyQuery() {
        }
    }
}
