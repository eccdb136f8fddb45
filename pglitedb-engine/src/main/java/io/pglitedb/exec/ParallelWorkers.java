package io.pglitedb.exec;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run parts of statements besides the statements' own ({@link ScanWorker},
 * {@link ParallelLookups}): one pool for the process and a fixed number of slots, PostgreSQL's
 * max_parallel_workers. A statement reserves its workers' slots first, all or none, and runs
 * serially when they are taken; each worker gives its slot back when it ends.
 */
final class ParallelWorkers {
    /** Workers that may run at once in the process (PostgreSQL's max_parallel_workers default). */
    static final int MAX_WORKERS = 8;
    /** Processors of the machine: a statement uses at most one fewer workers (its own thread works too). */
    static final int CPUS = Runtime.getRuntime().availableProcessors();
    private static final Semaphore SLOTS = new Semaphore(MAX_WORKERS);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "pglitedb-worker-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private ParallelWorkers() {
    }

    /** Reserves {@code n} worker slots, all or none: false when that many workers already run. */
    static boolean reserve(int n) {
        return SLOTS.tryAcquire(n);
    }

    /** Gives back slots {@link #reserve} took that no worker used. */
    static void release(int n) {
        SLOTS.release(n);
    }

    /** Runs {@code worker} on a pool thread in a slot {@link #reserve} took, given back when it returns. */
    static void start(Runnable worker) {
        POOL.execute(() -> {
            try {
                worker.run();
            } finally {
                SLOTS.release();
            }
        });
    }

    /** An error a worker handed over, to throw on the statement's thread (an Error is thrown as is). */
    static RuntimeException rethrow(Throwable error) {
        if (error instanceof RuntimeException e) {
            return e;
        }
        if (error instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(error);
    }
}
