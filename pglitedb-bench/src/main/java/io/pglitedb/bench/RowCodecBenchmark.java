package io.pglitedb.bench;

import io.pglitedb.storage.RowCodec;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.List;
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
 * {@link RowCodec} on a pgbench_accounts row: aid int4, bid int4, abalance int4, filler
 * bpchar(84) (pgbench loads the filler blank, so it is 84 spaces once padded).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class RowCodecBenchmark {
    private DataType[] types;
    private Object[] values;
    private byte[] encoded;
    private Object[] decoded;

    @Setup
    public void setUp() {
        DataType int4 = DataType.of(Types.INT4);
        types = new DataType[] {int4, int4, int4, Types.resolve("bpchar", List.of(84))};
        values = new Object[] {71361, 1, -2431, " ".repeat(84)};
        encoded = RowCodec.encode(types, values, 1, 42L);
        decoded = new Object[types.length];
        Object[] check = RowCodec.decode(types, encoded);
        if (!java.util.Arrays.equals(check, values)) {
            throw new IllegalStateException("row does not round-trip: " + java.util.Arrays.toString(check));
        }
    }

    @Benchmark
    public byte[] encode() {
        return RowCodec.encode(types, values, 1, 42L);
    }

    /** Decode into a new array, as {@link RowCodec#decode} does. */
    @Benchmark
    public Object[] decode() {
        return RowCodec.decode(types, encoded);
    }

    /** Decode into a reused array ({@link RowCodec#decodeInto}). */
    @Benchmark
    public Object[] decodeInto() {
        RowCodec.decodeInto(types, encoded, decoded);
        return decoded;
    }
}
