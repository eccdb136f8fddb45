package io.pglitedb.storage;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/**
 * Copies of whole relations (a table's rows or an index's entries: every key under one
 * {@code [database oid][relation oid]} prefix) in the Java heap, for relations that are read much
 * and written seldom. A scan or lookup served from a copy costs no native call per row: a RocksDB
 * seek or point read costs several microseconds, an iterator step a few hundred nanoseconds.
 *
 * <p>Correctness rests on one rule: a copy read at sequence C serves a reader whose snapshot is S
 * only when the relation's newest committed write has a sequence at or below both C and S (then
 * the relation is the same at C and at S), and no write to it is in flight. {@link Store} tells the
 * cache about every write: {@link #beginWrite} before the batch is applied, {@link #endWrite} with
 * its sequence after. A reader whose snapshot includes a write therefore either finds it in flight
 * or finds its sequence, and a copy can never show a reader rows its snapshot does not see, nor
 * hide rows it does.
 *
 * <p>A copy is made ({@link #build}) when a relation has not been written for a while and is
 * scanned whole or looked into often; it counts against a budget of heap bytes, copies idle for
 * long give way to new ones, and a write drops the copies of what it touched.
 */
public final class RelationCache {
    /** Key prefix length that names a relation: database oid and relation oid, 4 bytes each. */
    static final int PREFIX_LENGTH = 8;
    /** {@link #relationOf} for keys that are no relation's (the catalog's, database 0). */
    static final long NONE = -1;
    /** A relation must have been left unwritten this long before it is copied. */
    private static final long QUIET_NANOS = 2_000_000_000L;
    /** Copies unused this long may be evicted for a new one (not sooner: copies must not evict each other in turns). */
    private static final long IDLE_NANOS = 60_000_000_000L;
    /**
     * Whole scans, or lookups, since the last write that make a relation worth a copy (a whole scan
     * reads every row anyway: copying them on the way costs about as much again, once).
     */
    private static final int SCANS_BEFORE_COPY = 1;
    private static final int LOOKUPS_BEFORE_COPY = 1000;

    private final long budget;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong used = new AtomicLong();
    /** One copy is made at a time (the arrays of a large one are big while they fill). */
    private final AtomicBoolean building = new AtomicBoolean();
    /** Writes of unknown extent (range deletes) in flight, and the newest one's sequence. */
    private final AtomicInteger wholeWritesInFlight = new AtomicInteger();
    private final AtomicLong wholeWrite;
    /**
     * Copies are made on the first read of a relation, without the quiet period and counts: for
     * tests, which set it per store or for all stores with the system property
     * {@code pglitedb.relationCache.eager=true}.
     */
    private volatile boolean eager = Boolean.getBoolean("pglitedb.relationCache.eager");

    /** @param budget heap bytes all copies together may take; 0 disables the cache */
    public RelationCache(long budget, long openedAt) {
        this.budget = budget;
        this.wholeWrite = new AtomicLong(openedAt);
    }

    /** True when copies may be made at all. */
    public boolean enabled() {
        return budget > 0;
    }

    /** For tests: make copies on the first occasion, without the quiet period and counts. */
    public void setEager(boolean eager) {
        this.eager = eager;
    }

    /** The relation a key belongs to (its first 8 bytes), or {@link #NONE} for the catalog's and short keys. */
    public static long relationOf(byte[] key) {
        if (key == null || key.length < PREFIX_LENGTH) {
            return NONE;
        }
        long v = 0;
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            v = (v << 8) | (key[i] & 0xFF);
        }
        return (v >>> 32) == 0 ? NONE : v;
    }

    /** True when [from, to) lies inside one relation; then {@link #relationOf}(from) names it. */
    public static boolean withinOneRelation(byte[] from, byte[] to) {
        long relation = relationOf(from);
        if (relation == NONE || to == null) {
            return false;
        }
        if (to.length >= PREFIX_LENGTH && relationOf(to) == relation) {
            return true;
        }
        return java.util.Arrays.equals(to, KeyEncoder.prefixEnd(prefix(relation)));
    }

    private static byte[] prefix(long relation) {
        byte[] p = new byte[PREFIX_LENGTH];
        for (int i = PREFIX_LENGTH - 1; i >= 0; i--) {
            p[i] = (byte) relation;
            relation >>>= 8;
        }
        return p;
    }

    // ---- writers (Store)

    void beginWrite(WrittenRelations written) {
        if (written.hasUnknown()) {
            wholeWritesInFlight.incrementAndGet();
        }
        for (int i = 0; i < written.count(); i++) {
            entry(written.get(i)).inFlight.incrementAndGet();
        }
    }

    void endWrite(WrittenRelations written, long sequence) {
        long now = System.nanoTime();
        for (int i = 0; i < written.count(); i++) {
            Entry e = entry(written.get(i));
            e.lastWrite.accumulateAndGet(sequence, Math::max); // writers of one relation may end in any order
            e.writtenAt = now;
            e.scans = 0;
            e.lookups = 0;
            e.needs = 0;
            drop(e);
            e.inFlight.decrementAndGet();
        }
        if (written.hasUnknown()) {
            endWholeWrite(sequence);
        }
    }

    /** Before a write whose relations are not known (a range delete): every copy goes. */
    void beginWholeWrite() {
        wholeWritesInFlight.incrementAndGet();
    }

    void endWholeWrite(long sequence) {
        wholeWrite.accumulateAndGet(sequence, Math::max);
        for (Entry e : entries.values()) {
            drop(e);
        }
        wholeWritesInFlight.decrementAndGet();
    }

    private void drop(Entry e) {
        synchronized (e) {
            RelationCopy old = e.copy;
            if (old != null) {
                e.copy = null;
                used.addAndGet(-old.bytes());
            }
        }
    }

    private Entry entry(long relation) {
        return entries.computeIfAbsent(relation, r -> new Entry(wholeWrite.get()));
    }

    // ---- readers

    /**
     * The copy of {@code relation} a reader at stamped sequence {@code snapshot} may use instead
     * of the store, or null.
     */
    public RelationCopy copy(long relation, long snapshot) {
        if (budget <= 0 || relation == NONE) {
            return null;
        }
        Entry e = entries.get(relation);
        if (e == null) {
            return null;
        }
        RelationCopy copy = e.copy;
        if (copy == null || !unchangedBetween(e, copy.readAt, snapshot)) {
            return null;
        }
        e.usedAt = System.nanoTime();
        return copy;
    }

    /** True when no write to the relation is in flight and none committed after min(a, b). */
    private boolean unchangedBetween(Entry e, long a, long b) {
        if (e.inFlight.get() != 0 || wholeWritesInFlight.get() != 0) {
            return false;
        }
        long newest = Math.max(e.lastWrite.get(), wholeWrite.get());
        return newest <= Math.min(a, b);
    }

    /**
     * Notes a read of {@code relation} that found no copy (a whole scan, or a lookup) and says
     * whether a copy should be made now.
     */
    public boolean noteRead(long relation, boolean wholeScan) {
        if (budget <= 0 || relation == NONE) {
            return false;
        }
        Entry e = entry(relation);
        if (e.copy != null || building.get()) {
            return false; // a copy exists (another snapshot's), or one is being made
        }
        long needs = e.needs;
        if (needs > 0 && (needs * 2 > budget || needs > budget - used.get())) {
            return false; // did not fit last time, does not now
        }
        if (eager) {
            return true;
        }
        if (e.inFlight.get() != 0 || System.nanoTime() - e.writtenAt < QUIET_NANOS) {
            return false;
        }
        return wholeScan ? ++e.scans >= SCANS_BEFORE_COPY : ++e.lookups >= LOOKUPS_BEFORE_COPY;
    }

    /**
     * Copies {@code relation} as of {@code snapshot} (stamped sequence {@code at}) and keeps the copy
     * if it fits the budget and nothing was written to the relation since; returns it, or null.
     * Call inside {@link Store#enter()}.
     */
    public RelationCopy build(Store store, long relation, Snapshot snapshot, long at) {
        Entry e = entry(relation);
        if (!building.compareAndSet(false, true)) {
            return null;
        }
        e.scans = 0;
        e.lookups = 0;
        try {
            byte[] from = prefix(relation);
            byte[] to = KeyEncoder.prefixEnd(from);
            // RocksDB's estimate is of compressed files: the copy takes some times more
            long estimate = 2 * store.approximateSize(from, to);
            long room = room(estimate);
            if (room <= 0) {
                e.needs = Math.max(1, estimate);
                return null;
            }
            RelationCopy copy;
            try (Slice upper = new Slice(to);
                    ReadOptions options = new ReadOptions().setSnapshot(snapshot).setIterateUpperBound(upper)
                            .setFillCache(false);
                    RocksIterator it = store.db().newIterator(options)) {
                RelationCopy.Builder builder = new RelationCopy.Builder(Math.min(estimate, room));
                for (it.seek(from); it.isValid(); it.next()) {
                    builder.add(it.key(), it.value());
                    if (builder.bytes() > room) {
                        e.needs = builder.bytes();
                        return null;
                    }
                }
                it.status();
                copy = builder.build(at);
            } catch (org.rocksdb.RocksDBException ex) {
                return null; // the reader goes to the store and reports what it finds there
            } catch (OutOfMemoryError ex) {
                // the heap of an embedding application is tighter than the budget assumed: the
                // builder's arrays are garbage now, and the query goes on reading the store (and
                // the relation is not copied again before it is written)
                e.needs = budget;
                return null;
            }
            // under the entry's lock: a write that ends now drops the copy after it is kept, or
            // has moved lastWrite past `at` before the check
            synchronized (e) {
                if (!unchangedBetween(e, at, at) || !reserve(copy.bytes())) {
                    return null;
                }
                e.copy = copy;
                e.usedAt = System.nanoTime();
            }
            return copy;
        } finally {
            building.set(false);
        }
    }

    /** Bytes a new copy of about {@code estimate} bytes may take, after evicting idle copies; 0 when it does not fit. */
    private long room(long estimate) {
        long free = budget - used.get();
        if (estimate * 2 > budget) {
            return 0; // (one relation never takes more than half of the budget)
        }
        if (free < estimate) {
            evictIdle(estimate - free);
            free = budget - used.get();
        }
        return free < estimate ? 0 : Math.min(free, budget / 2);
    }

    private boolean reserve(long bytes) {
        while (true) {
            long u = used.get();
            if (u + bytes > budget) {
                return false;
            }
            if (used.compareAndSet(u, u + bytes)) {
                return true;
            }
        }
    }

    private void evictIdle(long needed) {
        long now = System.nanoTime();
        long freed = 0;
        for (Entry e : entries.values()) {
            RelationCopy copy = e.copy;
            if (copy != null && now - e.usedAt > IDLE_NANOS) {
                freed += copy.bytes();
                drop(e);
                if (freed >= needed) {
                    return;
                }
            }
        }
    }

    /** Drops every copy (the store was reopened). */
    void clear() {
        for (Entry e : entries.values()) {
            drop(e);
        }
    }

    /** Heap bytes the copies take now. */
    public long usedBytes() {
        return used.get();
    }

    /** One relation's state. */
    private static final class Entry {
        final AtomicInteger inFlight = new AtomicInteger();
        /** Stamped sequence of the newest committed write (at least the store's state when the cache began). */
        final AtomicLong lastWrite;
        volatile long writtenAt = System.nanoTime() - QUIET_NANOS;
        volatile RelationCopy copy;
        volatile long usedAt;
        /** Whole scans and lookups since the last write (approximate: racy increments are fine). */
        int scans;
        int lookups;
        /** Bytes a copy did not fit in (at least), since the last write; 0: none refused. */
        volatile long needs;

        Entry(long lastWrite) {
            this.lastWrite = new AtomicLong(lastWrite);
        }
    }
}
