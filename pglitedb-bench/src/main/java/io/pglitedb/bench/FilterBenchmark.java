package io.pglitedb.bench;

import io.pglitedb.exec.expr.ArrayOpTest;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.LogicalAnd;
import io.pglitedb.exec.expr.OperatorCall;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operators;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Filter evaluation over decoded rows, without storage: TPC-H Q6's and Q12's WHERE clauses as the
 * executor evaluates them per row (a date column against a date and a timestamp constant, numeric
 * ranges, a bpchar {@code = ANY} of a constant array) over {@value #ROWS} lineitem-like rows.
 * The time per operation is for all rows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class FilterBenchmark {
    static final int ROWS = 10_000;
    private static final DataType DATE = DataType.of(Types.DATE);
    private static final DataType NUMERIC = DataType.of(Types.NUMERIC);
    private static final DataType BPCHAR = DataType.of(Types.BPCHAR);
    private static final DataType TIMESTAMP = DataType.of(Types.TIMESTAMP);
    /** Columns: 0 l_quantity, 1 l_discount, 2 l_shipdate, 3 l_shipmode, 4 l_receiptdate. */
    private final Object[][] rows = new Object[ROWS][];
    private BoundExpr q6;
    private BoundExpr q12;

    @Setup
    public void setUp() {
        String[] modes = {"MAIL      ", "SHIP      ", "AIR       ", "TRUCK     ", "RAIL      ", "FOB       "};
        int day1992 = -2922; // 1992-01-01 as days since 2000-01-01
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new Object[] {BigDecimal.valueOf(i % 50 + 1, 0).setScale(2), BigDecimal.valueOf(i % 11, 2),
                    day1992 + (i * 7) % 2500, modes[i % modes.length], day1992 + (i * 7 + 30) % 2500};
        }
        int day1994 = -2192;
        long ts1995 = (day1994 + 365) * 86_400_000_000L;
        q6 = new LogicalAnd(
                compare(">=", new ColumnValue(DATE, 2), new Constant(DATE, day1994)),
                compare("<", new ColumnValue(DATE, 2), new Constant(TIMESTAMP, ts1995)),
                compare(">=", new ColumnValue(NUMERIC, 1), new Constant(NUMERIC, new BigDecimal("0.05"))),
                compare("<=", new ColumnValue(NUMERIC, 1), new Constant(NUMERIC, new BigDecimal("0.07"))),
                compare("<", new ColumnValue(NUMERIC, 0), new Constant(NUMERIC, new BigDecimal("24"))));
        PgType bpcharArray = ArrayTypes.arrayOf(Types.BPCHAR);
        q12 = new LogicalAnd(
                new ArrayOpTest(new ColumnValue(BPCHAR, 3), new Constant(DataType.of(bpcharArray),
                        ArrayValue.of("MAIL      ", "SHIP      ")), Operators.binary("=", BPCHAR, BPCHAR), false),
                compare(">=", new ColumnValue(DATE, 4), new Constant(DATE, day1994)),
                compare("<", new ColumnValue(DATE, 4), new Constant(TIMESTAMP, ts1995)));
    }

    private static BoundExpr compare(String op, BoundExpr left, BoundExpr right) {
        return new OperatorCall(op, Operators.binary(op, left.type(), right.type()), left, right);
    }

    @Benchmark
    public int q6Filter() {
        return count(q6);
    }

    @Benchmark
    public int q12Filter() {
        return count(q12);
    }

    private int count(BoundExpr filter) {
        int n = 0;
        for (Object[] row : rows) {
            if (filter.eval(row, null) == Boolean.TRUE) {
                n++;
            }
        }
        return n;
    }
}
