package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.types.ThreadSettings;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One part of a parallel table scan ({@link TableScanIterator}) read on a worker thread: decodes
 * and filters the rows of its key range and hands the passing ones, with their keys and stored
 * bytes, to the statement's thread in batches; or, under an aggregate that allows it
 * ({@link PartialAggregation}), aggregates them and hands over the groups. The queue is bounded,
 * so a worker that is far ahead waits (memory stays bounded) and carries on as the statement's
 * thread takes batches.
 *
 * <p>What keeps it correct: the part's iterator reads the statement snapshot and no write batch
 * ({@link io.pglitedb.txn.Transaction#partitionedScan}); the filter is
 * {@link BoundExpr#isParallelSafe}; the session's date/time and output settings are installed on
 * the worker ({@link ThreadSettings}); an error is handed over in place of the rows after it, so
 * the statement raises it only when it reaches that row in key order, as a serial scan would;
 * {@link #stop()} returns only once the worker no longer touches the iterator, so it can be closed.
 */
final class ScanWorker implements Runnable {
    private static final int BATCH_ROWS = 256;
    /** Batches a worker may be ahead: 64 x 256 rows. */
    private static final int QUEUE_BATCHES = 64;
    /** Workers started since the JVM started (tests check that a scan ran in parallel). */
    private static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();

    /** Rows of a part in key order; {@code error} or {@code last} ends the part. */
    static final class Batch {
        final Object[][] rows = new Object[BATCH_ROWS][];
        final byte[][] keys = new byte[BATCH_ROWS][];
        final byte[][] values = new byte[BATCH_ROWS][];
        int size;
        boolean last;
        Throwable error;
        /** Rows the filter rejected in this part (set on the last batch). */
        long removed;
        /** Groups aggregated from the part's rows before this batch's rows, or null. */
        Map<ValueKey, AggregateState> groups;
        /** How many rows {@link #groups} aggregated. */
        long aggregated;
    }

    private final KeyValueIterator cursor;
    private final ScanFilter filter;
    private final Object[] params;
    private final ThreadSettings settings = ThreadSettings.capture();
    private final ArrayBlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopped;
    private Batch filling = new Batch();
    private long removed;
    /** Where the passing rows are aggregated; null: they are handed over (also once it is full). */
    private PartialAggregation aggregation;

    private ScanWorker(KeyValueIterator cursor, ScanFilter filter, Object[] params, PartialAggregation aggregation) {
        this.cursor = cursor;
        this.filter = filter;
        this.params = params;
        this.aggregation = aggregation;
    }

    /**
     * Starts reading {@code cursor} on a worker thread, in a slot {@link ParallelWorkers#reserve} took.
     *
     * @param aggregation where to aggregate the passing rows, or null to hand them over
     */
    static ScanWorker start(KeyValueIterator cursor, ScanFilter filter, Object[] params,
            PartialAggregation aggregation) {
        ScanWorker worker = new ScanWorker(cursor, filter, params, aggregation);
        STARTED.incrementAndGet();
        ParallelWorkers.start(worker);
        return worker;
    }

    @Override
    public void run() {
        settings.install();
        try {
            while (!stopped && cursor.forEachRow(BATCH_ROWS, this::accept)) {
                if (aggregation != null && aggregation.isFull()) {
                    // past hash_mem: hand over the groups, then the further rows
                    takeGroups();
                    aggregation = null;
                    if (!hand(filling)) {
                        return;
                    }
                } else if (filling.size == BATCH_ROWS && !hand(filling)) {
                    return;
                }
            }
            filling.last = true;
            filling.removed = removed;
            if (aggregation != null) {
                takeGroups();
            }
            hand(filling);
        } catch (Throwable e) {
            filling.last = true;
            filling.error = e;
            try {
                hand(filling);
            } catch (InterruptedException interrupted) {
                // nobody waits for it any more
            }
        } finally {
            done.countDown();
        }
    }

    /** Decodes and filters the row the cursor stands on; false when the batch is full. */
    private boolean accept(KeyValueIterator row) {
        byte[] value = row.value();
        Object[] decoded = filter.apply(value, params);
        if (decoded != null) {
            if (aggregation != null) {
                return aggregation.add(decoded); // false when full: run() hands the groups over
            }
            Batch b = filling;
            b.rows[b.size] = decoded;
            b.keys[b.size] = row.key();
            b.values[b.size] = value;
            return ++b.size < BATCH_ROWS;
        }
        removed++;
        return true;
    }

    private void takeGroups() {
        filling.aggregated = aggregation.rows();
        filling.groups = aggregation.takeGroups();
    }

    /** Queues a batch, waiting while the queue is full; false when stopped meanwhile. */
    private boolean hand(Batch batch) throws InterruptedException {
        while (!queue.offer(batch, 20, TimeUnit.MILLISECONDS)) {
            if (stopped || cursor.isClosed()) {
                return false;
            }
        }
        if (!batch.last) {
            filling = new Batch();
        }
        return true;
    }

    /** The next batch, waiting for it (at most about 20 ms, then null: check for cancel and ask again). */
    Batch poll() throws InterruptedException {
        return queue.poll(20, TimeUnit.MILLISECONDS);
    }

    static long started() {
        return STARTED.get();
    }

    /** Stops the worker and waits until it no longer reads its iterator. */
    void stop() {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
