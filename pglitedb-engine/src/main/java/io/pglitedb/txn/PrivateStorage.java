package io.pglitedb.txn;

import io.pglitedb.storage.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatchWithIndex;

/**
 * Key ranges that only one transaction can see: the storage of a table created, truncated or
 * rewritten in that transaction (PostgreSQL's new relfilenode). No other transaction reads them
 * until the catalog entry that names them commits, so their rows need neither row locks nor the
 * transaction's write batch: they go straight into the store in chunks, and a million-row
 * {@code COPY} or {@code ALTER TABLE … ADD PRIMARY KEY} runs in bounded memory (pgbench -i).
 *
 * <p>The rules that keep this correct:
 * <ul>
 *   <li>Direct writes go into {@link #pending} and reach the store when it grows past
 *       {@link #FLUSH_BYTES} and before every statement snapshot ({@link #flush()}), so a
 *       statement sees the rows of earlier statements and not its own, as with the batch.
 *   <li>Commit flushes them before the transaction's batch (the catalog change naming the
 *       storage), so one WAL sync makes both durable. Rollback, and a crash before commit,
 *       leave rows under a storage id no catalog entry names: rollback range-deletes them, and
 *       {@link io.pglitedb.catalog.Catalog} deletes such orphans when the database opens.
 *   <li>Direct writes cannot be undone by a savepoint. While a savepoint is active a range's
 *       writes go to the batch instead, and from then on they always do (so no older direct
 *       write can override a newer batched one at commit).
 *   <li>Storage replaced in this transaction (the old rows of a truncated or dropped table) is
 *       range-deleted only after the commit is in the log; snapshots taken before still see it.
 * </ul>
 */
final class PrivateStorage {
    /** Direct writes are applied to the store in chunks of about this size. */
    static final long FLUSH_BYTES = 4L << 20;

    /** One range and whether its writes still bypass the batch. */
    private static final class Range {
        final byte[] from;
        final byte[] to;
        boolean direct = true;

        Range(byte[] from, byte[] to) {
            this.from = from;
            this.to = to;
        }

        boolean contains(byte[] key) {
            return Arrays.compareUnsigned(key, from) >= 0 && Arrays.compareUnsigned(key, to) < 0;
        }
    }

    private final Store store;
    private final List<Range> ranges = new ArrayList<>(2);
    private final List<Range> replaced = new ArrayList<>(2);
    private WriteBatchWithIndex pending;
    /** The relations {@link #pending} has keys in. */
    private final io.pglitedb.storage.WrittenRelations pendingRelations = new io.pglitedb.storage.WrittenRelations();
    private long pendingBytes;
    /** Sequence number of the last flush: commit waits until it is durable. */
    private long flushedSequence;

    PrivateStorage(Store store) {
        this.store = store;
    }

    void add(byte[] from, byte[] to) {
        ranges.add(new Range(from, to));
    }

    void replaceAtCommit(byte[] from, byte[] to) {
        replaced.add(new Range(from, to));
    }

    /** How many ranges are to be deleted at commit ({@link #keepReplaced}). */
    int replacedCount() {
        return replaced.size();
    }

    /**
     * ROLLBACK TO SAVEPOINT: only the first {@code count} replaced ranges are deleted at commit;
     * the later ones belong to DDL that was rolled back, so their tables use them again.
     */
    void keepReplaced(int count) {
        replaced.subList(count, replaced.size()).clear();
    }

    /** The private range holding {@code key}, or null. */
    private Range rangeOf(byte[] key) {
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            if (r.contains(key)) {
                return r;
            }
        }
        return null;
    }

    /** True when the key is in one of this transaction's private ranges. */
    boolean contains(byte[] key) {
        return !ranges.isEmpty() && rangeOf(key) != null;
    }

    /** True when the key is in a private range whose writes still go straight to the store. */
    boolean isDirect(byte[] key) {
        Range r = ranges.isEmpty() ? null : rangeOf(key);
        return r != null && r.direct;
    }

    /**
     * Writes directly if the key is in a direct private range and no savepoint is active.
     *
     * @param value null for a delete
     * @return false when the caller must write into the transaction's batch instead
     */
    boolean write(byte[] key, byte[] value, boolean savepointActive) {
        if (ranges.isEmpty()) {
            return false;
        }
        Range r = rangeOf(key);
        if (r == null || !r.direct) {
            return false;
        }
        if (savepointActive) {
            flush(); // everything direct so far is older than what the batch gets from now on
            r.direct = false;
            return false;
        }
        try {
            if (pending == null) {
                pending = new WriteBatchWithIndex(true);
            }
            pendingRelations.add(key);
            if (value == null) {
                pending.delete(key);
            } else {
                pending.put(key, value);
            }
            pendingBytes += key.length + (value == null ? 0 : value.length) + 16;
        } catch (RocksDBException e) {
            throw Transaction.ioError("could not buffer a write", e);
        }
        if (pendingBytes >= FLUSH_BYTES) {
            flush();
        }
        return true;
    }

    /** The newest value of a key in a direct range: own pending writes, then the store. */
    byte[] latest(byte[] key, org.rocksdb.ReadOptions latest) {
        store.enter();
        try {
            return pending == null ? store.db().get(latest, key) : pending.getFromBatchAndDB(store.db(), latest, key);
        } catch (RocksDBException e) {
            throw Transaction.ioError("could not read", e);
        } finally {
            store.exit();
        }
    }

    /** Applies the pending direct writes to the store (not synced: commit syncs). */
    void flush() {
        if (pending != null && pending.count() > 0) {
            flushedSequence = store.write(pending, pendingRelations);
            pending.clear();
            pendingRelations.clear();
            pendingBytes = 0;
        }
    }

    /** @return the sequence number the commit must wait for to make the direct writes durable */
    long beforeCommit() {
        flush();
        return flushedSequence;
    }

    /** After a successful commit: the replaced storage goes. */
    void afterCommit() {
        deleteAll(replaced);
        close();
    }

    /** After a rollback: the private storage goes; the replaced storage stays. */
    void afterRollback() {
        deleteAll(ranges);
        close();
    }

    /**
     * Best effort: a range left behind (store closing, I/O error) is unnamed storage, which the
     * catalog deletes when the database next opens; the commit or rollback itself stands.
     */
    private void deleteAll(List<Range> doomed) {
        try {
            for (Range r : doomed) {
                if (store.isOpen()) {
                    store.deleteRange(r.from, r.to);
                }
            }
        } catch (io.pglitedb.error.PgException e) {
            // see above
        }
    }

    private void close() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
        ranges.clear();
        replaced.clear();
    }
}
