package io.pglitedb.txn;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks in PostgreSQL's modes ({@link LockMode}) on keys: row keys (the row's storage key),
 * tables and advisory locks ({@link #tableKey}, {@link #advisoryKey}), with FIFO wait queues and
 * deadlock detection. Everything waits on Java conditions (a virtual thread unmounts), never in
 * native code.
 *
 * <p>The lock table is split into {@link #STRIPES} stripes, each a {@link ReentrantLock} over a
 * {@code HashMap<LockKey, Lock>}; a lock exists in the map only while it is held or waited for.
 * Nobody ever holds two stripe locks at once. A request is granted at once when its mode
 * conflicts with no mode another owner holds and (unless the owner already holds the lock) with
 * no queued request; otherwise it queues. On release the queue is scanned in order and every
 * request compatible with the holders and with the requests still queued before it is granted
 * (so a waiting ACCESS EXCLUSIVE keeps later readers out, as in PostgreSQL).
 *
 * <p>Deadlock detection, as PostgreSQL: a waiter that is still waiting after
 * {@link #deadlockTimeoutMillis} (deadlock_timeout) runs one check. It releases its stripe, takes
 * the global {@link #deadlockCheck} lock and walks the wait-for graph from its backend: a backend
 * waits for the backends of the lock's conflicting holders and of conflicting requests queued
 * before its own, reading each lock under its stripe lock, one at a time. Finding itself again
 * means deadlock: it marks its request abandoned (later walks ignore it), leaves the queue and
 * raises 40P01 with PostgreSQL's DETAIL ("Process P waits for M on X; blocked by process Q."),
 * and its session rolls the transaction back. Since checks run one at a time and the victim
 * leaves the graph inside its check, one member per cycle is aborted: the first whose timer
 * fires, usually the one that waited longest, as in PostgreSQL.
 */
final class LockManager {
    static final int STRIPES = 64;
    private static final int MAX_WALK = 100_000;

    private final Stripe[] stripes = new Stripe[STRIPES];
    volatile long deadlockTimeoutMillis = 1000;
    private volatile boolean shutdown;
    private final ReentrantLock deadlockCheck = new ReentrantLock();

    private final Statistics statistics;

    LockManager(Statistics statistics) {
        this.statistics = statistics;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** The key of table {@code oid}'s lock in database {@code db}. */
    static byte[] tableKey(int db, int oid) {
        return new byte[] {(byte) 0xFF, 'R', (byte) (db >>> 24), (byte) (db >>> 16), (byte) (db >>> 8), (byte) db,
            (byte) (oid >>> 24), (byte) (oid >>> 16), (byte) (oid >>> 8), (byte) oid};
    }

    static boolean isTable(byte[] key) {
        return key.length == 10 && key[0] == (byte) 0xFF && key[1] == 'R';
    }

    /** The key of an advisory lock: one bigint (type 1) or two ints (type 2), as pg_locks shows them. */
    static boolean isAdvisory(byte[] key) {
        return key.length == 15 && key[0] == (byte) 0xFF && key[1] == 'A';
    }

    static byte[] advisoryKey(int db, long key, int type) {
        return ByteBuffer.allocate(15).put((byte) 0xFF).put((byte) 'A').putInt(db).putLong(key).put((byte) type)
                .array();
    }

    /**
     * Grants {@code mode} on {@code key} to {@code owner}, waiting as {@code policy} says.
     *
     * @return false when the lock is not free and policy is NOWAIT or SKIP
     * @throws PgException 40P01 deadlock, 55P03 lock_timeout, 57014 cancel, 57P01 shutdown
     */
    boolean acquire(LockOwner owner, byte[] key, LockMode mode, WaitPolicy policy) {
        LockKey lookup = new LockKey(key);
        Stripe stripe = stripes[stripeOf(lookup.hash)];
        stripe.lock.lock();
        try {
            Lock lock = stripe.locks.get(lookup);
            if (lock == null) {
                lock = new Lock(new LockKey(Arrays.copyOf(key, key.length)), stripe);
                stripe.locks.put(lock.key, lock);
                lock.grants.add(new Grant(owner, mode.bit()));
                owner.held.add(new Held(lock, mode));
                return true;
            }
            Grant own = lock.grantOf(owner);
            boolean advisory = isAdvisory(key);
            if (own != null && advisory && (own.modes & mode.bit()) != 0) {
                owner.held.add(new Held(lock, mode)); // advisory locks count: each grant needs an unlock
                return true;
            }
            if (own != null && !advisory && mode.coveredBy(own.modes)) {
                return true;
            }
            boolean free = (mode.conflictMask() & lock.modesHeldByOthers(owner)) == 0
                    && (own != null || lock.heldByBackendOf(owner) || (mode.conflictMask() & lock.queuedModes()) == 0);
            if (free) {
                grant(lock, own, owner, mode);
                owner.held.add(new Held(lock, mode));
                return true;
            }
            if (policy != WaitPolicy.BLOCK) {
                return false;
            }
            waitFor(owner, lock, mode, stripe);
            owner.held.add(new Held(lock, mode));
            return true;
        } finally {
            stripe.lock.unlock();
        }
    }

    private static boolean sameBackend(LockOwner a, LockOwner b) {
        return a.backend != null && a.backend == b.backend;
    }

    private static void grant(Lock lock, Grant own, LockOwner owner, LockMode mode) {
        if (own == null) {
            lock.grants.add(new Grant(owner, mode.bit()));
        } else {
            own.modes |= mode.bit();
        }
    }

    /** With the stripe locked; returns once granted or throws having left the queue. */
    private void waitFor(LockOwner owner, Lock lock, LockMode mode, Stripe stripe) {
        owner.waits++;
        statistics.lockWait();
        Waiter waiter = new Waiter(owner, lock, mode, stripe.lock.newCondition());
        lock.waiters.addLast(waiter);
        Backend backend = owner.backend;
        backend.waiting = waiter;
        long start = System.nanoTime();
        long lockTimeout = owner.lockTimeoutMillis;
        long lockDeadline = lockTimeout > 0 ? start + TimeUnit.MILLISECONDS.toNanos(lockTimeout) : Long.MAX_VALUE;
        long deadlockTimeout = owner.deadlockTimeoutMillis > 0 ? owner.deadlockTimeoutMillis : deadlockTimeoutMillis;
        long deadlockAt = start + TimeUnit.MILLISECONDS.toNanos(deadlockTimeout);
        boolean checked = false;
        try {
            while (!waiter.granted) {
                PgException cancel = waiter.cancelReason != null ? waiter.cancelReason : backend.cancelPending;
                if (cancel != null) {
                    throw cancel;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw canceled();
                }
                if (shutdown) {
                    throw new PgException(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command");
                }
                long now = System.nanoTime();
                if (now - lockDeadline >= 0) {
                    throw new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout");
                }
                if (!checked && now - deadlockAt >= 0) {
                    checked = true;
                    String cycle;
                    stripe.lock.unlock();
                    try {
                        cycle = checkDeadlock(waiter);
                    } finally {
                        stripe.lock.lock();
                    }
                    if (cycle != null && !waiter.granted) {
                        statistics.deadlock();
                        throw new PgException(SqlState.DEADLOCK_DETECTED, "deadlock detected").withDetail(cycle)
                                .withHint("See server log for query details.");
                    }
                    continue;
                }
                long until = checked ? lockDeadline : Math.min(lockDeadline, deadlockAt);
                try {
                    if (until == Long.MAX_VALUE) {
                        waiter.condition.await();
                    } else {
                        waiter.condition.awaitNanos(until - now);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw canceled();
                }
            }
        } finally {
            backend.waiting = null;
            if (!waiter.granted) {
                waiter.abandoned = true;
                lock.waiters.remove(waiter);
                wake(lock); // requests queued behind this one may be free now
                dropIfUnused(lock, stripe);
            }
        }
    }

    /**
     * One deadlock check for {@code waiter} (no stripe lock held by the caller).
     *
     * @return the DETAIL text of the cycle, or null when there is none
     */
    private String checkDeadlock(Waiter waiter) {
        deadlockCheck.lock();
        try {
            Backend start = waiter.owner.backend;
            // depth-first over backends; reachedBy remembers the edge each was first reached by
            Map<Backend, Edge> reachedBy = new IdentityHashMap<>();
            ArrayDeque<Backend> stack = new ArrayDeque<>();
            reachedBy.put(start, null);
            stack.push(start);
            int steps = 0;
            while (!stack.isEmpty() && steps++ < MAX_WALK) {
                Backend b = stack.pop();
                for (Edge e : edgesOf(b)) {
                    if (e.blocker == start) {
                        waiter.abandoned = true; // leave the graph before the next check runs
                        List<Edge> cycle = new ArrayList<>();
                        cycle.add(e);
                        for (Edge back = reachedBy.get(b); back != null;
                                back = reachedBy.get(back.waiter.owner.backend)) {
                            cycle.add(back);
                        }
                        Collections.reverse(cycle);
                        return describeCycle(cycle);
                    }
                    if (!reachedBy.containsKey(e.blocker)) {
                        reachedBy.put(e.blocker, e);
                        stack.push(e.blocker);
                    }
                }
            }
            return null;
        } finally {
            deadlockCheck.unlock();
        }
    }

    /** PostgreSQL's DETAIL: one line per wait of the cycle, starting with the detecting backend. */
    private static String describeCycle(List<Edge> cycle) {
        StringBuilder detail = new StringBuilder();
        for (Edge e : cycle) {
            if (detail.length() > 0) {
                detail.append('\n');
            }
            detail.append("Process ").append(e.waiter.owner.backend.processId()).append(" waits for ")
                    .append(e.waiter.mode.isRowMode() ? "ShareLock" : e.waiter.mode.lockName()).append(" on ")
                    .append(describe(e)).append("; blocked by process ")
                    .append(e.blocker.processId()).append('.');
        }
        return detail.toString();
    }

    /** What a wait is for, in PostgreSQL's words. */
    private static String describe(Edge e) {
        byte[] key = e.waiter.lock.key.bytes;
        if (key.length >= 2 && key[0] == (byte) 0xFF && key[1] == 'R' && key.length == 10) {
            ByteBuffer b = ByteBuffer.wrap(key, 2, 8);
            int db = b.getInt();
            int oid = b.getInt();
            return "relation " + Integer.toUnsignedString(oid) + " of database " + Integer.toUnsignedString(db);
        }
        if (key.length == 15 && key[0] == (byte) 0xFF && key[1] == 'A') {
            ByteBuffer b = ByteBuffer.wrap(key, 2, 13);
            int db = b.getInt();
            long k = b.getLong();
            int type = b.get();
            return "advisory lock [" + db + "," + (k >>> 32) + "," + (k & 0xFFFFFFFFL) + "," + type + "]";
        }
        // a row lock: PostgreSQL waits for the holder's transaction
        return "transaction " + Transaction.xidOf(e.blockerTransaction);
    }

    /** Who {@code b} waits for right now: one edge per blocking backend. */
    private static List<Edge> edgesOf(Backend b) {
        Waiter w = b.waiting;
        if (w == null || w.abandoned) {
            return List.of();
        }
        Lock lock = w.lock;
        List<Edge> edges = new ArrayList<>(2);
        lock.stripe.lock.lock();
        try {
            if (w.granted || w.abandoned || b.waiting != w) {
                return List.of();
            }
            for (Grant g : lock.grants) {
                Backend other = g.owner.backend;
                if (other != b && (w.mode.conflictMask() & g.modes) != 0) {
                    edges.add(new Edge(w, other, g.owner.transactionId));
                }
            }
            for (Waiter ahead : lock.waiters) {
                if (ahead == w) {
                    break;
                }
                Backend other = ahead.owner.backend;
                if (other != b && !ahead.abandoned && w.mode.conflictsWith(ahead.mode)) {
                    edges.add(new Edge(w, other, ahead.owner.transactionId));
                }
            }
        } finally {
            lock.stripe.lock.unlock();
        }
        return edges;
    }

    private record Edge(Waiter waiter, Backend blocker, long blockerTransaction) {
    }

    /**
     * pg_stat_activity's wait_event for a lock wait: relation, advisory, or for a row what
     * PostgreSQL's waiter waits on: the first in line waits for the holder's transactionid, those
     * queued behind it for the tuple lock the first one holds.
     */
    static String waitEventOf(Waiter w) {
        byte[] key = w.lock.key.bytes;
        if (isTable(key)) {
            return "relation";
        }
        if (isAdvisory(key)) {
            return "advisory";
        }
        Stripe stripe = w.lock.stripe;
        stripe.lock.lock();
        try {
            for (Waiter ahead : w.lock.waiters) {
                if (ahead == w) {
                    break;
                }
                if (!ahead.abandoned) {
                    return "tuple";
                }
            }
        } finally {
            stripe.lock.unlock();
        }
        return "transactionid";
    }

    /**
     * One entry of the lock table: a mode granted to an owner, or a queued request (granted
     * false, {@code waitStart} set, {@code queuePosition} its place among live waiters, and the
     * transaction of a conflicting holder in {@code blockerTransaction}, 0 when none).
     */
    record Entry(byte[] key, LockMode mode, boolean granted, LockOwner owner, long waitStart, int queuePosition,
            long blockerTransaction) {
    }

    /** Everything held or waited for now, stripe by stripe (each stripe consistent in itself). */
    List<Entry> snapshot() {
        List<Entry> entries = new ArrayList<>();
        for (Stripe stripe : stripes) {
            stripe.lock.lock();
            try {
                for (Lock lock : stripe.locks.values()) {
                    for (Grant g : lock.grants) {
                        for (LockMode mode : LockMode.values()) {
                            if ((g.modes & mode.bit()) != 0) {
                                entries.add(new Entry(lock.key.bytes, mode, true, g.owner, 0, -1, 0));
                            }
                        }
                    }
                    int position = 0;
                    for (Waiter w : lock.waiters) {
                        if (w.abandoned || w.granted) {
                            continue;
                        }
                        long blocker = 0;
                        for (Grant g : lock.grants) {
                            if (g.owner != w.owner && (w.mode.conflictMask() & g.modes) != 0) {
                                blocker = g.owner.transactionId;
                                break;
                            }
                        }
                        entries.add(new Entry(lock.key.bytes, w.mode, false, w.owner, w.since, position++, blocker));
                    }
                }
            } finally {
                stripe.lock.unlock();
            }
        }
        return entries;
    }

    private static PgException canceled() {
        return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
    }

    /** Ends {@code backend}'s lock wait, if any, with {@code reason} (57014 on a CancelRequest). */
    void cancelWait(Backend backend, PgException reason) {
        backend.cancelPending = reason; // the statement may not wait yet: its wait will see this
        Waiter waiter = backend.waiting;
        if (waiter == null) {
            return;
        }
        Stripe stripe = waiter.lock.stripe;
        stripe.lock.lock();
        try {
            if (backend.waiting == waiter && !waiter.granted) {
                waiter.cancelReason = reason;
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
                for (Lock lock : stripe.locks.values()) {
                    for (Waiter waiter : lock.waiters) {
                        waiter.condition.signal();
                    }
                }
            } finally {
                stripe.lock.unlock();
            }
        }
    }

    /** Releases every lock {@code owner} holds (commit, rollback, session end). */
    void releaseAll(LockOwner owner) {
        releaseFrom(owner, 0);
    }

    /**
     * Releases the grants {@code owner} received from position {@code from} of its held list on
     * (ROLLBACK TO SAVEPOINT: the rolled-back subtransaction's locks), newest first.
     */
    void releaseFrom(LockOwner owner, int from) {
        ArrayList<Held> held = owner.held;
        for (int i = held.size() - 1; i >= from; i--) {
            releaseHeld(owner, held.remove(i));
        }
    }

    /**
     * Releases one mode of one lock (pg_advisory_unlock).
     *
     * @return false when {@code owner} did not hold it
     */
    boolean release(LockOwner owner, byte[] key, LockMode mode) {
        ArrayList<Held> held = owner.held;
        for (int i = held.size() - 1; i >= 0; i--) {
            Held h = held.get(i);
            if (h.mode == mode && Arrays.equals(h.lock.key.bytes, key)) {
                held.remove(i);
                for (Held other : held) {
                    if (other.lock == h.lock && other.mode == mode) {
                        return true; // granted more than once: still held
                    }
                }
                releaseHeld(owner, h);
                return true;
            }
        }
        return false;
    }

    private static void releaseHeld(LockOwner owner, Held h) {
        Lock lock = h.lock;
        Stripe stripe = lock.stripe;
        stripe.lock.lock();
        try {
            Grant g = lock.grantOf(owner);
            if (g != null) {
                g.modes &= ~h.mode.bit();
                if (g.modes == 0) {
                    lock.grants.remove(g);
                }
            }
            wake(lock);
            dropIfUnused(lock, stripe);
        } finally {
            stripe.lock.unlock();
        }
    }

    /** With the stripe locked: grants queued requests that have become free, in queue order. */
    private static void wake(Lock lock) {
        if (lock.waiters.isEmpty()) {
            return;
        }
        int blockedAhead = 0;
        var it = lock.waiters.iterator();
        while (it.hasNext()) {
            Waiter w = it.next();
            if (w.abandoned) {
                continue;
            }
            Grant own = lock.grantOf(w.owner);
            boolean free = (w.mode.conflictMask() & lock.modesHeldByOthers(w.owner)) == 0
                    && (own != null || (w.mode.conflictMask() & blockedAhead) == 0);
            if (free) {
                grant(lock, own, w.owner, w.mode);
                w.granted = true;
                it.remove();
                w.condition.signal();
            } else {
                blockedAhead |= w.mode.bit();
            }
        }
    }

    private static void dropIfUnused(Lock lock, Stripe stripe) {
        if (lock.grants.isEmpty() && lock.waiters.isEmpty()) {
            stripe.locks.remove(lock.key);
        }
    }

    /** Number of locks currently held or waited for (tests, monitoring). */
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

    /**
     * A stripe from the hash's top bits after a multiplicative remix: keys of consecutive rows have
     * consecutive hashes, and taking the stripe from the low bits would leave every key of a stripe with
     * the same low bits, crowding its HashMap into 1/STRIPES of its bins.
     */
    private static int stripeOf(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(STRIPES));
    }

    private static final class Stripe {
        final ReentrantLock lock = new ReentrantLock();
        final HashMap<LockKey, Lock> locks = new HashMap<>();
    }

    static final class Lock {
        final LockKey key;
        final Stripe stripe;
        final ArrayList<Grant> grants = new ArrayList<>(1);
        final ArrayDeque<Waiter> waiters = new ArrayDeque<>(2);

        Lock(LockKey key, Stripe stripe) {
            this.key = key;
            this.stripe = stripe;
        }

        Grant grantOf(LockOwner owner) {
            for (int i = 0, n = grants.size(); i < n; i++) {
                Grant g = grants.get(i);
                if (g.owner == owner) {
                    return g;
                }
            }
            return null;
        }

        /**
         * The modes other backends hold: a session's own transaction and session-level locks never
         * conflict (PostgreSQL's locks belong to the backend: pg_advisory_xact_lock(1) then
         * pg_advisory_lock(1) in one session both succeed).
         */
        int modesHeldByOthers(LockOwner owner) {
            int modes = 0;
            for (int i = 0, n = grants.size(); i < n; i++) {
                Grant g = grants.get(i);
                if (g.owner != owner && !sameBackend(g.owner, owner)) {
                    modes |= g.modes;
                }
            }
            return modes;
        }

        /** Whether another owner of {@code owner}'s backend holds this lock. */
        boolean heldByBackendOf(LockOwner owner) {
            for (int i = 0, n = grants.size(); i < n; i++) {
                if (sameBackend(grants.get(i).owner, owner)) {
                    return true;
                }
            }
            return false;
        }

        int queuedModes() {
            int modes = 0;
            for (Waiter w : waiters) {
                if (!w.abandoned) {
                    modes |= w.mode.bit();
                }
            }
            return modes;
        }
    }

    /** The modes one owner holds on one lock (a bit per {@link LockMode}). */
    static final class Grant {
        final LockOwner owner;
        int modes;

        Grant(LockOwner owner, int modes) {
            this.owner = owner;
            this.modes = modes;
        }
    }

    /** One grant in an owner's list: released at the end, or by ROLLBACK TO back to a savepoint's mark. */
    record Held(Lock lock, LockMode mode) {
    }

    static final class Waiter {
        final LockOwner owner;
        final Lock lock;
        final LockMode mode;
        final Condition condition;
        /** Set under the stripe lock when the lock is handed to this request. */
        boolean granted;
        /** When the wait began (pg_locks.waitstart), Unix milliseconds. */
        final long since = System.currentTimeMillis();
        /** Gave up (deadlock victim, timeout, cancel): ignored by the wait-for walk and by wake. */
        volatile boolean abandoned;
        volatile PgException cancelReason;

        Waiter(LockOwner owner, Lock lock, LockMode mode, Condition condition) {
            this.owner = owner;
            this.lock = lock;
            this.mode = mode;
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
