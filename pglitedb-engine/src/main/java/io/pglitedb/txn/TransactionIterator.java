package io.pglitedb.txn;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.RelationCopy;
import io.pglitedb.storage.Store;
import java.util.Arrays;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;
import org.rocksdb.WriteBatchWithIndex;

/**
 * A RocksDB iterator over [from, to) at a snapshot (or the latest state when the snapshot is
 * null), merged with a transaction's write batch when there is one. Key and value are copied
 * out on {@link #next()}, so later writes to the batch cannot invalidate what the caller holds.
 * Native resources are freed by {@link #close()}, deterministically.
 *
 * <p>A range inside a relation the {@link io.pglitedb.storage.RelationCache} holds a copy of is
 * read from that copy instead (see {@link Transaction}): no native call per row; an iterator made
 * for such a range alone has no native part at all.
 */
final class TransactionIterator implements KeyValueIterator {
    private final Transaction owner;
    private final Store store;
    private final ReadOptions readOptions;
    private final Slice upperBound;
    private final RocksIterator iterator;
    private byte[] from;
    private byte[] to;
    /**
     * The batch part of a merged iterator is not bounded by RocksDB in every version, and a
     * reusable iterator has no RocksDB bound at all: check.
     */
    private boolean checkUpperBound;
    /** Created for {@link #restart}: the upper bound is checked here, not given to RocksDB. */
    private final boolean reusable;
    private boolean started;
    private boolean exhausted;
    private volatile boolean closed;
    private final AutoCloseable onStoreClose = this::closeQuietly;
    /**
     * The key is copied only when {@link #key()} asks for it (a scan reading values only saves a
     * native call and a copy per row): when RocksDB bounds the range itself and no write batch
     * is merged in (so nothing can move the native iterator before the key is read).
     */
    private final boolean lazyKey;
    private byte[] key;
    private byte[] value;
    /** Inside {@link #forEachRow}: the store is entered already, {@link #key()} must not enter again. */
    private boolean inBatch;
    /** The copy the current range is read from (null: RocksDB), the entry at hand and the end. */
    private RelationCopy copy;
    private int copyAt = -1;
    private int copyEnd;

    /** An iterator over [from, to) of a relation copy: no native resources. */
    TransactionIterator(Transaction owner, Store store, RelationCopy copy, byte[] from, byte[] to) {
        this(owner, store, copy, copy.lowerBound(from), to == null ? copy.size() : copy.lowerBound(to));
        this.from = from;
        this.to = to;
    }

    /** An iterator over entries [start, end) of a relation copy (a part of a partitioned scan). */
    TransactionIterator(Transaction owner, Store store, RelationCopy copy, int start, int end) {
        this.owner = owner;
        this.store = store;
        this.reusable = false;
        this.readOptions = null;
        this.upperBound = null;
        this.iterator = null;
        this.lazyKey = true;
        useCopy(copy, start, end);
    }

    private void useCopy(RelationCopy copy, int start, int end) {
        this.copy = copy;
        this.copyAt = start - 1;
        this.copyEnd = end;
    }

    /** Call inside {@link Store#enter()}. */
    TransactionIterator(Transaction owner, Store store, Snapshot snapshot, WriteBatchWithIndex batch,
            byte[] from, byte[] to) {
        this(owner, store, snapshot, batch, from, to, false);
    }

    /** @param reusable true: the range may be moved with {@link #restart} (its bound checked in Java) */
    TransactionIterator(Transaction owner, Store store, Snapshot snapshot, WriteBatchWithIndex batch,
            byte[] from, byte[] to, boolean reusable) {
        this.owner = owner;
        this.store = store;
        this.from = from;
        this.to = to;
        this.reusable = reusable;
        this.readOptions = new ReadOptions();
        if (snapshot != null) {
            readOptions.setSnapshot(snapshot);
        }
        if (to != null && !reusable) {
            upperBound = new Slice(to);
            readOptions.setIterateUpperBound(upperBound);
        } else {
            upperBound = null;
        }
        RocksIterator base = store.db().newIterator(readOptions);
        if (batch != null) {
            iterator = batch.newIteratorWithBase(base, readOptions); // takes ownership of base
            checkUpperBound = to != null;
        } else {
            iterator = base;
            checkUpperBound = reusable && to != null;
        }
        lazyKey = !checkUpperBound && batch == null && !reusable;
        store.registerDependent(onStoreClose);
    }

    @Override
    public boolean next() {
        if (closed) {
            throw new PgException(SqlState.INVALID_CURSOR_STATE, "iterator is closed");
        }
        if (exhausted) {
            return false;
        }
        if (copy != null) {
            return advanceCopy();
        }
        store.enter();
        try {
            if (closed) {
                // freed by a reopen of the store after a write failure, between the check above and enter
                throw store.lostTransactionError();
            }
            return advance();
        } finally {
            store.exit();
        }
    }

    /** Holds off {@link #closeQuietly} (synchronized too) while a worker thread reads a batch. */
    @Override
    public synchronized boolean forEachRow(int max, RowVisitor visitor) {
        if (closed) {
            throw new PgException(SqlState.INVALID_CURSOR_STATE, "iterator is closed");
        }
        if (exhausted) {
            return false;
        }
        if (copy != null) {
            return KeyValueIterator.super.forEachRow(max, visitor); // no store call to guard
        }
        store.enter();
        inBatch = true;
        try {
            if (closed) {
                throw store.lostTransactionError();
            }
            for (int i = 0; i < max; i++) {
                if (!advance()) {
                    return false;
                }
                if (!visitor.visit(this)) {
                    return true;
                }
            }
            return true;
        } finally {
            inBatch = false;
            store.exit();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private boolean advanceCopy() {
        key = value = null;
        if (++copyAt >= copyEnd) {
            exhausted = true;
            return false;
        }
        return true;
    }

    private boolean advance() {
        if (!started) {
            started = true;
            if (from == null) {
                iterator.seekToFirst();
            } else {
                iterator.seek(from);
            }
        } else {
            iterator.next();
        }
        if (!iterator.isValid()) {
            exhausted = true;
            key = value = null;
            try {
                iterator.status();
            } catch (RocksDBException e) {
                throw Transaction.ioError("could not scan", e);
            }
            return false;
        }
        if (lazyKey) {
            key = null; // copied when asked for: a table scan that only reads values skips it
        } else {
            byte[] k = iterator.key();
            if (checkUpperBound && Arrays.compareUnsigned(k, to) >= 0) {
                exhausted = true;
                key = value = null;
                return false;
            }
            key = k;
        }
        value = iterator.value();
        return true;
    }

    /**
     * Moves a reusable iterator to [from, to): the next {@link #next()} seeks there. One RocksDB
     * iterator serves many small ranges (a lookup per joined row) without opening one per range.
     */
    void restart(byte[] from, byte[] to, RelationCopy copy) {
        if (!reusable) {
            throw new IllegalStateException("iterator is not reusable");
        }
        if (closed) {
            throw new PgException(SqlState.INVALID_CURSOR_STATE, "iterator is closed");
        }
        if (copy != null) {
            useCopy(copy, copy.lowerBound(from), to == null ? copy.size() : copy.lowerBound(to));
        } else {
            this.copy = null;
        }
        this.from = from;
        this.to = to;
        this.checkUpperBound = to != null;
        this.started = false;
        this.exhausted = false;
        this.key = null;
        this.value = null;
    }

    @Override
    public byte[] key() {
        if (copy != null) {
            if (key == null && copyAt >= 0 && copyAt < copyEnd) {
                key = copy.key(copyAt);
            }
            return key;
        }
        if (key == null && value != null) {
            if (inBatch) {
                key = iterator.key();
                return key;
            }
            if (closed) {
                throw new PgException(SqlState.INVALID_CURSOR_STATE, "iterator is closed");
            }
            store.enter();
            try {
                if (closed) {
                    throw store.lostTransactionError();
                }
                key = iterator.key();
            } finally {
                store.exit();
            }
        }
        return key;
    }

    @Override
    public byte[] value() {
        if (copy != null && value == null && copyAt >= 0 && copyAt < copyEnd) {
            value = copy.value(copyAt);
        }
        return value;
    }

    @Override
    public void close() {
        if (!closed) {
            closeQuietly();
            store.unregisterDependent(onStoreClose);
            if (owner != null) {
                owner.iteratorClosed(this);
            }
        }
    }

    /** Closes for the owning transaction (commit, rollback), which forgets it itself. */
    void closeForOwner() {
        closeQuietly();
        store.unregisterDependent(onStoreClose);
    }

    /**
     * Frees the native resources without telling the owner (the owner or the closing store is
     * closing us). RocksJava's close is atomic and idempotent, so a race between the two is safe.
     */
    synchronized void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        if (iterator == null) {
            return; // a copy's: nothing native
        }
        iterator.close();
        readOptions.close();
        if (upperBound != null) {
            upperBound.close();
        }
    }
}
