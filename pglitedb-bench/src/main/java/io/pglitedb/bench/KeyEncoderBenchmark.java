package io.pglitedb.bench;

import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The key of a pgbench_accounts row: [database oid][table oid][aid int4]. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class KeyEncoderBenchmark {
    private static final DataType INT4 = DataType.of(Types.INT4);
    private final KeyEncoder reused = new KeyEncoder();
    private int aid;

    private Integer nextAid() {
        aid = aid == 100_000 ? 1 : aid + 1;
        return aid; // boxed, as values travel through the executor
    }

    /** A reused encoder (reset per key), as the executor's hot path should do. */
    @Benchmark
    public byte[] primaryKeyReused() {
        return reused.reset().addInt(1).addInt(16384).add(INT4, nextAid()).toBytes();
    }

    /** A new encoder per key. */
    @Benchmark
    public byte[] primaryKeyFresh() {
        return new KeyEncoder().addInt(1).addInt(16384).add(INT4, nextAid()).toBytes();
    }
}
