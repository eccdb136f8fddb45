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
 * TPC-H Q9's hash join shape, in memory: {@value #BUILT} joined rows of two wide tables (a
 * lineitem-like and a part-like row, most columns unused) built into a hash table and probed by
 * {@value #PROBED} order rows, at work_mem 4MB (PostgreSQL's default; the table must fit
 * hash_mem, 8MB, or spill to partition files) and 1GB (never spills).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class HashJoinBenchmark {
    static final int BUILT = 30_000;
    static final int PROBED = 150_000;

    @Param({"4MB", "1GB"})
    public String workMem;

    private Database database;
    private Session session;
    private final SessionBenchmark.CountingSink sink = new SessionBenchmark.CountingSink();

    @Setup(Level.Trial)
    public void setUp() {
        database = Database.openInMemory();
        session = database.openSession(Map.of("user", "postgres", "database", "postgres"));
        session.simpleQuery("CREATE TABLE item (i_key int4 PRIMARY KEY, i_order int4, i_part int4, i_supp int4,"
                + " i_quantity numeric(15,2), i_price numeric(15,2), i_discount numeric(15,2), i_tax numeric(15,2),"
                + " i_flag char(1), i_status char(1), i_shipdate date, i_commitdate date, i_instruct char(25),"
                + " i_mode char(10), i_comment varchar(44))", sink);
        session.simpleQuery("CREATE TABLE part (p_key int4 PRIMARY KEY, p_name varchar(55), p_mfgr char(25),"
                + " p_brand char(10), p_type varchar(25), p_size int4, p_container char(10), p_price numeric(15,2),"
                + " p_comment varchar(23))", sink);
        session.simpleQuery("CREATE TABLE orders (o_key int4 PRIMARY KEY, o_date date, o_comment varchar(79))", sink);
        session.simpleQuery("INSERT INTO item SELECT g, g * 7 % " + PROBED + ", g % 2000, g % 100, g % 50 + 1,"
                + " (g % 9973) * 1.5, (g % 11) / 100.0, (g % 9) / 100.0, 'N', 'O', date '1995-01-01' + g % 2000,"
                + " date '1995-02-01' + g % 2000, 'DELIVER IN PERSON', 'MAIL', repeat('c', 40)"
                + " FROM generate_series(1, " + BUILT + ") g", sink);
        session.simpleQuery("INSERT INTO part SELECT g, 'forest green part ' || g, 'Manufacturer#1', 'Brand#13',"
                + " 'PROMO BRUSHED STEEL', g % 50, 'JUMBO PKG', g * 1.01, 'comment' FROM generate_series(0, 1999) g", sink);
        session.simpleQuery("INSERT INTO orders SELECT g, date '1992-01-01' + g % 2400, repeat('o', 60)"
                + " FROM generate_series(0, " + (PROBED - 1) + ") g", sink);
        session.simpleQuery("SET work_mem = '" + workMem + "'", sink);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
        database.close();
    }

    /** The joined item and part rows (the smaller side, built) probed by every order. */
    @Benchmark
    public long join() {
        session.simpleQuery("SELECT extract(year FROM o_date), sum(i_price * (1 - i_discount) - p_price * i_quantity)"
                + " FROM item JOIN part ON p_key = i_part JOIN orders ON o_key = i_order"
                + " GROUP BY 1", sink);
        return sink.rows;
    }
}
