package io.pglitedb.txn;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive row locks keyed by the row's key bytes, with FIFO wait queues and wait-for-graph
 * deadlock detection. Everything waits on Java conditions (a virtual thread unmounts), never in
 * native code.
 *
 * <p>The lock table is split into {@link #STRIPES} stripes, each a {@link ReentrantLock} over a
 * {@code HashMap<LockKey, RowLock>}. A lock exists in the map only while someone holds it. On
 * release the lock is handed directly to the first waiter (no barging), so waiters are served in
 * arrival order.
 *
 * <p>Deadlock detection: a waiter publishes the lock it waits for ({@link Transaction#waitingFor})
 * before it looks, then follows "lock -> holder -> lock that holder waits for -> ..." (every
 * waiter waits for exactly one holder, so the wait-for graph has out-degree one and a walk is a
 * complete check). If the walk returns to the waiter, it raises 40P01 and leaves the queue.
 * Because each waiter publishes before looking, the last transaction to close a cycle always sees
 * it. Checks are serialized by one lock and a waiter that finds a cycle leaves the graph before
 * the next check, so only one transaction of a cycle is aborted, as in PostgreSQL. The walk reads
 * other stripes' state without their locks (volatile fields), so it is repeated every
 * {@link #deadlockTimeoutMillis} while waiting, like PostgreSQL's deadlock_timeout check.
 */
final class LockManager {
    static final int STRIPES = 64;
    private static final int MAX_WALK = 100_000;

    private final Stripe[] stripes = new Stripe[STRIPES];
    volatile long deadlockTimeoutMillis = 1000;
    private volatile boolean shutdown;
    private final ReentrantLock deadlockCheck = new ReentrantLock();

    LockManager() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** Takes the exclusive lock on {@code key} for {@code txn}, waiting as long as needed. */
    void acquire(Transaction txn, byte[] key) {
        LockKey lookup = new LockKey(key);
        Stripe stripe = stripes[lookup.hash & (STRIPES - 1)];
        stripe.lock.lock();
        try {
            RowLock lock = stripe.locks.get(lookup);
            if (lock == null) {
                lock = new RowLock(new LockKey(Arrays.copyOf(key, key.length)), stripe);
                lock.holder = txn;
                stripe.locks.put(lock.key, lock);
                txn.heldLocks.add(lock);
                return;
            }
            if (lock.holder == txn) {
                return;
            }
            waitFor(txn, lock, stripe);
        } finally {
            stripe.lock.unlock();
        }
    }

    /** Called with the stripe locked; returns holding the lock or throws having left the queue. */
    private void waitFor(Transaction txn, RowLock lock, Stripe stripe) {
        Waiter waiter = new Waiter(txn, stripe.lock.newCondition());
        lock.waiters.addLast(waiter);
        txn.waiter = waiter;
        txn.waitingFor = lock; // publish before looking for a cycle
        boolean acquired = false;
        try {
            Transaction cycleWith = checkDeadlock(txn);
            while (lock.holder != txn) {
                if (cycleWith != null) {
                    throw deadlock(txn, lock);
                }
                if (waiter.cancelled || Thread.currentThread().isInterrupted()) {
                    throw canceled();
                }
                if (shutdown) {
                    throw new PgException(SqlState.ADMIN_SHUTDOWN,
                            "terminating connection due to administrator command");
                }
                long timeout = deadlockTimeoutMillis;
                boolean signalled;
                try {
                    signalled = waiter.condition.await(timeout, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw canceled();
                }
                if (!signalled && lock.holder != txn) {
                    cycleWith = checkDeadlock(txn);
                }
            }
            acquired = true;
            txn.heldLocks.add(lock);
        } finally {
            txn.waitingFor = null;
            txn.waiter = null;
            if (!acquired) {
                if (lock.holder == txn) {
                    // handed to us while we were giving up: pass it on
                    handOff(lock, stripe);
                } else {
                    lock.waiters.remove(waiter);
                }
            }
        }
    }

    /**
     * Checks run one at a time; a waiter that finds a cycle withdraws from the graph before the
     * next check, so of two transactions checking the same cycle only one is aborted.
     */
    private Transaction checkDeadlock(Transaction txn) {
        deadlockCheck.lock();
        try {
            Transaction cycle = findCycle(txn);
            if (cycle != null) {
                txn.waitingFor = null;
            }
            return cycle;
        } finally {
            deadlockCheck.unlock();
        }
    }

    /** Follows the wait-for chain from {@code txn}; returns non-null when it leads back to txn. */
    private static Transaction findCycle(Transaction txn) {
        RowLock waitingFor = txn.waitingFor;
        for (int steps = 0; waitingFor != null && steps < MAX_WALK; steps++) {
            Transaction holder = waitingFor.holder;
            if (holder == null) {
                return null;
            }
            if (holder == txn) {
                return holder;
            }
            RowLock next = holder.waitingFor;
            if (next == null || next.holder == holder) {
                return null;
            }
            waitingFor = next;
        }
        return null;
    }

    private static PgException deadlock(Transaction txn, RowLock lock) {
        Transaction holder = lock.holder;
        return new PgException(SqlState.DEADLOCK_DETECTED, "deadlock detected")
                .withDetail("Transaction " + txn.id() + " waits for a row lock held by transaction "
                        + (holder == null ? "?" : String.valueOf(holder.id())) + ", which waits for this one.")
                .withHint("See server log for query details.");
    }

    private static PgException canceled() {
        return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
    }

    /** Wakes {@code txn} if it is waiting for a lock; its wait then fails with 57014. */
    void cancelWait(Transaction txn) {
        RowLock lock = txn.waitingFor;
        if (lock == null) {
            return;
        }
        Stripe stripe = lock.stripe;
        stripe.lock.lock();
        try {
            Waiter waiter = txn.waiter;
            if (waiter != null && txn.waitingFor == lock) {
                waiter.cancelled = true;
                waiter.condition.signal();
            }
        } finally {
            stripe.lock.unlock();
        }
    }

    /** Wakes every waiter with 57P01 (the store is closing); later waits fail at once. */
    void shutdown() {
        shutdown = true;
        for (Stripe stripe : stripes) {
            stripe.lock.lock();
            try {
                for (RowLock lock : stripe.locks.values()) {
                    for (Waiter waiter : lock.waiters) {
                        waiter.condition.signal();
                    }
                }
            } finally {
                stripe.lock.unlock();
            }
        }
    }

    /** Releases every lock {@code txn} holds (commit, rollback). */
    void releaseAll(Transaction txn) {
        var held = txn.heldLocks;
        for (int i = 0, n = held.size(); i < n; i++) {
            RowLock lock = held.get(i);
            Stripe stripe = lock.stripe;
            stripe.lock.lock();
            try {
                if (lock.holder == txn) {
                    handOff(lock, stripe);
                }
            } finally {
                stripe.lock.unlock();
            }
        }
        held.clear();
    }

    /**
     * Releases the locks {@code txn} took from position {@code from} of its held list on
     * (ROLLBACK TO SAVEPOINT: the rolled-back subtransaction's locks).
     */
    void releaseFrom(Transaction txn, int from) {
        var held = txn.heldLocks;
        for (int i = held.size() - 1; i >= from; i--) {
            RowLock lock = held.remove(i);
            Stripe stripe = lock.stripe;
            stripe.lock.lock();
            try {
                if (lock.holder == txn) {
                    handOff(lock, stripe);
                }
            } finally {
                stripe.lock.unlock();
            }
        }
    }

    /** With the stripe locked: gives the lock to the first waiter, or drops it. */
    private static void handOff(RowLock lock, Stripe stripe) {
        Waiter next = lock.waiters.pollFirst();
        if (next == null) {
            lock.holder = null;
            stripe.locks.remove(lock.key);
        } else {
            lock.holder = next.txn;
            next.condition.signal();
        }
    }

    /** Number of locks currently held (tests, monitoring). */
    int lockCount() {
        int count = 0;
        for (Stripe stripe : stripes) {
            stripe.lock.lock();
            try {
                count += stripe.locks.size();
            } finally {
                stripe.lock.unlock();
            }
        }
        return count;
    }

    private static final class Stripe {
        final ReentrantLock lock = new ReentrantLock();
        final HashMap<LockKey, RowLock> locks = new HashMap<>();
    }

    static final class RowLock {
        final LockKey key;
        final Stripe stripe;
        volatile Transaction holder;
        final ArrayDeque<Waiter> waiters = new ArrayDeque<>(2);

        RowLock(LockKey key, Stripe stripe) {
            this.key = key;
            this.stripe = stripe;
        }
    }

    static final class Waiter {
        final Transaction txn;
        final Condition condition;
        volatile boolean cancelled;

        Waiter(Transaction txn, Condition condition) {
            this.txn = txn;
            this.condition = condition;
        }
    }

    static final class LockKey {
        final byte[] bytes;
        final int hash;

        LockKey(byte[] bytes) {
            this.bytes = bytes;
            int h = Arrays.hashCode(bytes);
            this.hash = h ^ (h >>> 16);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LockKey other && other.hash == hash && Arrays.equals(other.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
