package io.pglitedb.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a server's heap near what it holds alive. The serial collector (the launcher's default,
 * for the smallest footprint) promotes objects that outlive a few young collections and then grows
 * its old generation instead of collecting it, up to -Xmx (by default a quarter of the RAM): under
 * a steady load the committed heap, and with it RSS, rose about 4 MB a minute (bench/soak.sh)
 * while less than 10 MB was alive. Every {@link #CHECK_SECONDS} seconds this collects the whole
 * heap when the old generation holds more than {@link #slack} beyond what the last full
 * collection left; the collector then gives the free space back (-XX:MaxHeapFreeRatio). A full
 * collection of such a heap takes tens of milliseconds. Only for the serial collector: G1 has
 * -XX:G1PeriodicGCInterval, the others uncommit by themselves.
 */
final class HeapTrimmer implements AutoCloseable {
    static final long CHECK_SECONDS = 30;
    /** Old-generation growth since the last full collection that is tolerated: at least this much. */
    static final long MIN_SLACK_BYTES = 16L << 20;

    private final ScheduledExecutorService timer;

    private HeapTrimmer(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts trimming when the JVM runs the serial collector; otherwise a trimmer that does nothing. */
    static HeapTrimmer start() {
        MemoryPoolMXBean old = serialOldGeneration();
        if (old == null) {
            return new HeapTrimmer(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pglitedb-heap-trimmer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            MemoryUsage afterLastFull = old.getCollectionUsage();
            if (shouldCollect(old.getUsage().getUsed(), afterLastFull == null ? 0 : afterLastFull.getUsed())) {
                System.gc();
            }
        }, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
        return new HeapTrimmer(timer);
    }

    /** True when the old generation grew by more than the slack since the last full collection. */
    static boolean shouldCollect(long usedNow, long usedAfterLastFull) {
        return usedNow - usedAfterLastFull > slack(usedAfterLastFull);
    }

    /** A quarter of what was alive, at least {@link #MIN_SLACK_BYTES}. */
    static long slack(long alive) {
        return Math.max(MIN_SLACK_BYTES, alive / 4);
    }

    /** The serial collector's old generation ("Tenured Gen"), or null under another collector. */
    private static MemoryPoolMXBean serialOldGeneration() {
        boolean serial = false;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            serial |= gc.getName().equals("MarkSweepCompact");
        }
        if (!serial) {
            return null;
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Tenured Gen")) {
                return pool;
            }
        }
        return null;
    }

    boolean active() {
        return timer != null;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
