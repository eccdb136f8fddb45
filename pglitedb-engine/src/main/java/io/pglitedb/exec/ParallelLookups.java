package io.pglitedb.exec;

import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.types.ThreadSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The index lookups of a lookup join ({@link HashJoinIterator} turned nested loop) shared with
 * worker threads, as PostgreSQL's Gather over a parallel nested loop: the small side's rows are
 * cut into chunks of consecutive rows; the statement's thread and the workers each take the next
 * chunk not yet taken and join its rows (their lookups and the residual); the statement's
 * thread returns the chunks' rows in chunk order, so the rows come out in the serial join's order.
 *
 * <p>What keeps it correct: the statement has written nothing when it starts
 * ({@link io.pglitedb.txn.Transaction#readsOnOtherThreads}) and a worker reads only the snapshot,
 * with a cursor of its own and a context of its own ({@link ExecContext#forWorker}: its own slots
 * for the lookup keys); the expressions it evaluates are parallel-safe (the caller checks); the
 * session's date/time settings are installed on it. An error ends its chunk: the statement raises
 * it after returning the chunk's rows before it, as the serial join would. Workers run at most
 * {@link #WINDOW} chunks ahead of the statement (memory stays bounded), and {@link #close}
 * returns only once no worker touches its cursor any more, then closes the cursors.
 */
final class ParallelLookups implements AutoCloseable {
    /**
     * Index entries a chunk's lookups should read: a millisecond or two of work, so that handing
     * a chunk over costs little beside it and the threads still share the work evenly.
     */
    private static final int CHUNK_ENTRIES = 256;
    /** Small-side rows per chunk at most (a lookup's seek is work even when it finds nothing). */
    private static final int MAX_CHUNK_ROWS = 32;
    /** Chunks the workers may run ahead of the chunk the statement returns. */
    private static final int WINDOW = 16;
    /** Workers started since the JVM started (tests check that a join ran in parallel). */
    private static final AtomicLong STARTED = new AtomicLong();

    /** Joins the small-side rows [from, to) into {@code out}, on a thread with that context and cursor. */
    interface ChunkJoin {
        void join(int from, int to, ExecContext context, KeyValueIterator cursor, List<Object[]> out);
    }

    /** The joined rows of one chunk; a non-null error comes after them. */
    static final class Chunk {
        final List<Object[]> rows = new ArrayList<>();
        Throwable error;
    }

    private final ChunkJoin join;
    /** The small-side rows to join: [firstRow, rows). */
    private final int firstRow;
    private final int rows;
    private final int chunkRows;
    private final int chunks;
    private final ExecContext context;
    private final KeyValueIterator ownCursor;
    /** The next chunk nobody has taken. */
    private final AtomicInteger nextChunk;
    /** Finished chunks the statement has not returned yet. */
    private final AtomicReferenceArray<Chunk> finished;
    /** The chunk the statement returns next. */
    private volatile int returning;
    private volatile boolean stopped;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<KeyValueIterator> workerCursors = new ArrayList<>();
    private final CountDownLatch workersDone;

    /**
     * Starts {@code workers} workers (their slots reserved by the caller) on the small-side rows
     * [first, rows).
     *
     * @param ownCursor the statement thread's reusable cursor for the chunks it joins itself
     */
    ParallelLookups(ChunkJoin join, int first, int rows, int chunkRows, int workers, ExecContext context,
            KeyValueIterator ownCursor) {
        this.join = join;
        this.chunkRows = chunkRows;
        this.rows = rows;
        this.context = context;
        this.ownCursor = ownCursor;
        int firstChunk = first / chunkRows; // chunk c holds rows [c * chunkRows, ...) clipped to [first, rows)
        this.chunks = (rows + chunkRows - 1) / chunkRows;
        this.nextChunk = new AtomicInteger(firstChunk);
        this.returning = firstChunk;
        this.firstRow = first;
        this.finished = new AtomicReferenceArray<>(Math.max(chunks, 1));
        this.workersDone = new CountDownLatch(workers);
        ThreadSettings settings = ThreadSettings.capture();
        for (int i = 0; i < workers; i++) {
            KeyValueIterator cursor;
            try {
                cursor = context.transaction().reusableScan();
            } catch (RuntimeException e) {
                ParallelWorkers.release(workers - i); // the slots of the workers not started
                for (int j = i; j < workers; j++) {
                    workersDone.countDown();
                }
                close();
                throw e;
            }
            workerCursors.add(cursor);
            ExecContext workerContext = context.forWorker();
            STARTED.incrementAndGet();
            ParallelWorkers.start(() -> work(settings, workerContext, cursor));
        }
    }

    /** Rows per chunk for lookups that read {@code sampleEntries} index entries for {@code sampleRows} rows. */
    static int chunkRows(long sampleEntries, int sampleRows) {
        double perRow = Math.max(1.0, (double) sampleEntries / Math.max(1, sampleRows));
        return (int) Math.max(1, Math.min(MAX_CHUNK_ROWS, CHUNK_ENTRIES / perRow));
    }

    /**
     * How many workers the lookups of the remaining rows get (their slots reserved): 0, run
     * serially, unless the session allows workers, there are at least two full chunks of work
     * ({@link #chunkRows}), the transaction may read on
     * other threads, and EXPLAIN ANALYZE does not count the lookups (its counters are this thread's).
     */
    static int workersFor(ExecContext context, int remainingRows, int chunkRows) {
        int workers = Math.min(context.parallelWorkers(), ParallelWorkers.CPUS - 1);
        int chunks = remainingRows / chunkRows;
        if (workers <= 0 || chunks < 2 || context.instrumented() || context.isWorker() || !context.transaction().readsOnOtherThreads()) {
            return 0;
        }
        workers = Math.min(workers, chunks - 1);
        return ParallelWorkers.reserve(workers) ? workers : 0;
    }

    static long started() {
        return STARTED.get();
    }

    private void work(ThreadSettings settings, ExecContext workerContext, KeyValueIterator cursor) {
        settings.install();
        try {
            while (!stopped) {
                if (nextChunk.get() >= returning + WINDOW) { // far enough ahead: wait for the statement
                    await(() -> stopped || nextChunk.get() < returning + WINDOW);
                    continue;
                }
                int c = nextChunk.getAndIncrement();
                if (c >= chunks) {
                    return;
                }
                Chunk chunk = joinChunk(c, workerContext, cursor);
                finished.set(c, chunk);
                signal();
                if (chunk.error != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } finally {
            workersDone.countDown();
        }
    }

    private Chunk joinChunk(int c, ExecContext on, KeyValueIterator cursor) {
        Chunk chunk = new Chunk();
        try {
            join.join(Math.max(firstRow, c * chunkRows), Math.min(rows, (c + 1) * chunkRows), on, cursor, chunk.rows);
        } catch (Throwable e) {
            chunk.error = e;
        }
        return chunk;
    }

    /**
     * The next chunk in order (joined here if no worker has taken it), or null after the last.
     * Throws the statement's cancel while it waits.
     */
    Chunk next() {
        int c = returning;
        if (c >= chunks) {
            return null;
        }
        Chunk chunk = finished.get(c);
        if (chunk == null && nextChunk.compareAndSet(c, c + 1)) {
            chunk = joinChunk(c, context, ownCursor);
        }
        while (chunk == null) {
            context.checkCancelled();
            try {
                await(() -> finished.get(c) != null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.QUERY_CANCELED,
                        "canceling statement due to user request");
            }
            chunk = finished.get(c);
        }
        finished.set(c, null);
        returning = c + 1;
        signal();
        return chunk;
    }

    /** Waits until {@code ready} (checked under the lock {@link #signal} takes) or for about 20 ms. */
    private void await(java.util.function.BooleanSupplier ready) throws InterruptedException {
        lock.lock();
        try {
            if (!ready.getAsBoolean()) {
                changed.await(20, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the workers, waits until none reads its cursor, then closes the cursors. */
    @Override
    public void close() {
        stopped = true;
        signal();
        boolean interrupted = false;
        while (true) {
            try {
                workersDone.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (KeyValueIterator cursor : workerCursors) {
            cursor.close();
        }
        workerCursors.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
