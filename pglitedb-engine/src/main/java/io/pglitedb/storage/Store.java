package io.pglitedb.storage;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Checkpoint;
import org.rocksdb.CompressionType;
import org.rocksdb.Env;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksMemEnv;
import org.rocksdb.Status;
import org.rocksdb.WriteBatchWithIndex;
import org.rocksdb.WriteBufferManager;
import org.rocksdb.WriteOptions;

/**
 * The one RocksDB of a data directory (or an in-memory RocksDB), with the commit path: a write
 * batch is applied without sync and a dedicated group-commit thread syncs the WAL for all commits
 * gathered so far (see package-info). Transactions go through {@link io.pglitedb.txn}; nothing
 * else writes to RocksDB.
 *
 * <p>Durability is tracked with RocksDB sequence numbers: {@link #durableSequence()} is the
 * largest sequence number whose WAL record is known to be synced. Everything with a sequence
 * number at or below {@code db.getLatestSequenceNumber()} has its WAL record in RocksDB's WAL
 * buffer (RocksDB publishes a sequence number only after writing the WAL record), so one
 * {@code flushWal(true)} issued after reading that number makes all of it durable.
 */
public final class Store implements AutoCloseable {
    static {
        RocksDB.loadLibrary();
    }

    private static final long WRITE_BUFFER_BYTES = 4L << 20;
    /** Stamped sequence numbers: generation in the top 16 bits, RocksDB's number below. */
    private static final int GENERATION_SHIFT = 48;
    private static final long SEQUENCE_MASK = (1L << GENERATION_SHIFT) - 1;
    /** After a write failure: how often to probe whether the directory takes writes again. */
    private static final long RETRY_MILLIS = 1000;
    /** The probe file's size: room for memtable flushes and some WAL before writes resume. */
    private static final long PROBE_BYTES = 4 * WRITE_BUFFER_BYTES;

    /** Replaced when the store is reopened after a write failure (see {@link #reopen(boolean)}). */
    private volatile RocksDB db;
    private final Path directory;
    private final Options options;
    private final boolean inMemory;
    private final String description;
    private final StorageMemory memory;
    /** Native objects to close after the database, in order. */
    private final List<AutoCloseable> nativeResources;
    private final WriteOptions writeOptions;
    /**
     * Transactions and iterators still open: closed before RocksDB on {@link #close()} and
     * before a reopen (their snapshots belong to one RocksDB instance).
     */
    private final Set<AutoCloseable> dependents = ConcurrentHashMap.newKeySet();
    /** Engine-wide resources closed before RocksDB on {@link #close()} only, in registration order. */
    private final List<AutoCloseable> closeHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    // group commit state, guarded by syncLock
    private final ReentrantLock syncLock = new ReentrantLock();
    private final Condition syncRequested = syncLock.newCondition();
    private final Condition syncDone = syncLock.newCondition();
    private long requestedSequence;
    private volatile long durableSequence;
    private boolean closing;
    private volatile boolean closed;
    /** Set while {@link #reopen(boolean)} swaps the RocksDB instance: {@link #enter()} waits. */
    private volatile boolean swapping;
    /** Bumped by every reopen; stamped into the sequence numbers handed out (see {@link #stamped}). */
    private volatile int generation;
    /** Non-null while writes are refused after a WAL write or sync failure (reads go on). */
    private volatile Failure writeFailure;
    /** The failure that ended the previous generation: what waiters on its sequence numbers get. */
    private volatile Failure lastFailure;
    /** A write failed: the group-commit thread must reopen the store. Guarded by syncLock. */
    private boolean reopenPending;
    private final AtomicInteger activeCalls = new AtomicInteger();
    /** Copies of relations read much and written seldom (see {@link RelationCache}); told of every write here. */
    private final RelationCache relationCache;
    private final Thread groupCommitThread;
    private volatile long syncCount;

    private Store(RocksDB db, Path directory, Options options, String description,
            List<AutoCloseable> nativeResources, StorageMemory memory) {
        this.db = db;
        this.memory = memory;
        this.directory = directory;
        this.options = options;
        this.inMemory = directory == null;
        this.description = description;
        this.nativeResources = nativeResources;
        this.writeOptions = new WriteOptions().setSync(false).setDisableWAL(inMemory);
        this.durableSequence = db.getLatestSequenceNumber();
        this.relationCache = new RelationCache(memory.relationCacheBytes(), stamped(durableSequence));
        this.requestedSequence = durableSequence;
        if (inMemory) {
            groupCommitThread = null;
        } else {
            groupCommitThread = Thread.ofPlatform().name("pglitedb-group-commit").daemon(true)
                    .unstarted(this::groupCommitLoop);
            groupCommitThread.start();
        }
    }

    /**
     * Opens or creates the database in {@code directory} (takes a lock file: a second process gets
     * an error, not corruption). @throws io.pglitedb.error.PgException 58030 when unusable
     */
    public static Store open(Path directory) {
        return open(directory, StorageMemory.DEFAULT);
    }

    /**
     * Opens or creates the database in {@code directory} with this native-memory budget (block
     * cache and memtables). @throws io.pglitedb.error.PgException 58030 when unusable
     */
    public static Store open(Path directory, StorageMemory memory) {
        Path dir = directory.toAbsolutePath();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw ioError("could not open data directory \"%s\": it is not a directory", dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getClass().getSimpleName() + " " + e.getMessage();
            throw ioError("could not create data directory \"%s\": %s", dir, reason);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw ioError("could not open data directory \"%s\": not a writable directory", dir);
        }
        List<AutoCloseable> resources = new ArrayList<>();
        Options options = newOptions(resources, null, memory);
        try {
            RocksDB db = RocksDB.open(options, dir.toString());
            return new Store(db, dir, options, dir.toString(), resources, memory);
        } catch (RocksDBException e) {
            closeAll(resources);
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock")) {
                throw ioError("could not lock data directory \"%s\": it is in use by another process or store (%s)",
                        dir, message);
            }
            throw ioError("could not open data directory \"%s\": %s", dir, message);
        }
    }

    /** A database that lives in memory only (RocksDB over an in-memory Env). */
    public static Store openInMemory() {
        return openInMemory(StorageMemory.DEFAULT);
    }

    /** A database that lives in memory only, with this budget for block cache and memtables. */
    public static Store openInMemory(StorageMemory memory) {
        List<AutoCloseable> resources = new ArrayList<>();
        RocksMemEnv env = new RocksMemEnv(Env.getDefault());
        resources.add(env);
        Options options = newOptions(resources, env, memory);
        try {
            RocksDB db = RocksDB.open(options, "/pglitedb-mem");
            return new Store(db, null, options, "memory", resources, memory);
        } catch (RocksDBException e) {
            closeAll(resources);
            throw ioError("could not create in-memory database: %s", e.getMessage());
        }
    }

    private static Options newOptions(List<AutoCloseable> resources, Env env, StorageMemory memory) {
        // index and filter blocks (cached at high priority) keep half of the cache: a scan of a table
        // larger than the cache evicts data blocks, not what every point read and seek needs first
        LRUCache cache = new LRUCache(memory.cacheBytes(), -1, false, 0.5);
        // memtables are charged to the block cache: one budget for both (see StorageMemory)
        WriteBufferManager writeBuffers = new WriteBufferManager(memory.writeBufferManagerBytes(), cache);
        BloomFilter bloom = new BloomFilter(10, false);
        resources.add(cache);
        resources.add(writeBuffers);
        resources.add(bloom);
        BlockBasedTableConfig table = new BlockBasedTableConfig()
                .setBlockCache(cache)
                .setFilterPolicy(bloom)
                .setCacheIndexAndFilterBlocks(true)
                .setPinL0FilterAndIndexBlocksInCache(true)
                .setBlockSize(16 * 1024);
        Options options = new Options()
                .setCreateIfMissing(true)
                .setManualWalFlush(true)
                .setTableFormatConfig(table)
                .setWriteBufferManager(writeBuffers)
                .setWriteBufferSize(memory.writeBufferBytes())
                .setMaxWriteBufferNumber(2)
                .setMaxTotalWalSize(32L << 20)
                .setTargetFileSizeBase(16L << 20)
                .setMaxBytesForLevelBase(64L << 20)
                .setLevelCompactionDynamicLevelBytes(true)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setMaxBackgroundJobs(2)
                .setMaxOpenFiles(256)
                .setKeepLogFileNum(2)
                .setStatsDumpPeriodSec(0)
                .setInfoLogLevel(InfoLogLevel.WARN_LEVEL);
        if (env != null) {
            options.setEnv(env);
        }
        // options must outlive the database; closed first among the resources
        resources.add(0, options);
        return options;
    }

    private static PgException ioError(String format, Object... args) {
        return new PgException(SqlState.IO_ERROR, format, args);
    }

    /** The RocksDB handle, for {@link io.pglitedb.txn} only. */
    public RocksDB db() {
        checkOpen();
        return db;
    }

    /** The copies of relations kept in the heap; readers in {@link io.pglitedb.txn} consult it. */
    public RelationCache relationCache() {
        return relationCache;
    }

    public boolean isInMemory() {
        return inMemory;
    }

    /** The data directory, or "memory". */
    public String description() {
        return description;
    }

    /** The native-memory budget this store was opened with. */
    public StorageMemory memory() {
        return memory;
    }

    /**
     * A numeric RocksDB property ({@code rocksdb.block-cache-capacity},
     * {@code rocksdb.cur-size-all-mem-tables} ...), or -1 when RocksDB does not know it.
     */
    public long longProperty(String name) {
        enter();
        try {
            return db.getLongProperty(name);
        } catch (RocksDBException e) {
            return -1;
        } finally {
            exit();
        }
    }

    /** False once {@link #close()} has finished or the WAL could not be synced. */
    public boolean isOpen() {
        return !closed;
    }

    /** @throws PgException 57P01 when the store was closed or its WAL could not be synced */
    public void checkOpen() {
        if (closed) {
            throw closedError();
        }
    }

    private static PgException closedError() {
        return new PgException(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command")
                .withDetail("The database store is closed.");
    }

    /**
     * Brackets every native call on the database or on objects that depend on it (snapshots,
     * iterators): {@code store.enter(); try { ... } finally { store.exit(); }}. {@link #close()}
     * and {@link #reopen(boolean)} wait until no call is inside, so closing while sessions still run
     * cannot crash the JVM. While a reopen is under way, enter waits for it.
     *
     * @throws PgException 57P01 when the store is closed (then do not call {@link #exit()})
     */
    public void enter() {
        if (!tryEnter()) {
            throw closedError();
        }
    }

    /** Like {@link #enter()} but returns false instead of throwing when the store is closed. */
    public boolean tryEnter() {
        while (true) {
            activeCalls.incrementAndGet();
            if (closed) {
                activeCalls.decrementAndGet();
                return false;
            }
            if (!swapping) {
                return true;
            }
            activeCalls.decrementAndGet();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    public void exit() {
        activeCalls.decrementAndGet();
    }

    /**
     * A RocksDB sequence number read inside {@link #enter()}, stamped with the store's generation
     * so that {@link #awaitDurable} can tell numbers of an instance that was reopened after a
     * write failure (whose unsynced tail is gone) from the new instance's.
     */
    public long stamped(long sequence) {
        return ((long) generation << GENERATION_SHIFT) | sequence;
    }

    /**
     * Applies {@code batch} atomically without syncing (it is visible to new snapshots on return)
     * and returns a stamped sequence number to pass to {@link #awaitDurable}. For
     * {@link io.pglitedb.txn}.
     *
     * {@code written} names the relations the batch has keys in: their copies in the
     * {@link #relationCache()} are stale from now on.
     *
     * @throws PgException 53100 / 58030 while writes are refused after a WAL failure
     */
    public long write(WriteBatchWithIndex batch, WrittenRelations written) {
        checkWritable();
        enter();
        relationCache.beginWrite(written);
        long sequence = stamped(SEQUENCE_MASK); // if the write fails: newer than anything of this generation
        try {
            checkWritable();
            db.write(writeOptions, batch);
            sequence = stamped(db.getLatestSequenceNumber());
            return sequence;
        } catch (RocksDBException e) {
            throw writeFailed("could not write to the write-ahead log", e);
        } finally {
            relationCache.endWrite(written, sequence);
            exit();
        }
    }

    /**
     * RocksDB's estimate of the bytes the keys in [from, to) take, in files and memtables (cheap: no
     * data is read). For planning decisions only: it may be off by the size of a block or so.
     */
    public long approximateSize(byte[] from, byte[] to) {
        return approximateSize(from, to, org.rocksdb.SizeApproximationFlag.INCLUDE_FILES,
                org.rocksdb.SizeApproximationFlag.INCLUDE_MEMTABLES);
    }

    /**
     * Like {@link #approximateSize} but only what is in files: that estimate follows the index
     * blocks (within a block or so), the memtables' is a coarse sample.
     */
    public long approximateFileSize(byte[] from, byte[] to) {
        return approximateSize(from, to, org.rocksdb.SizeApproximationFlag.INCLUDE_FILES);
    }

    private long approximateSize(byte[] from, byte[] to, org.rocksdb.SizeApproximationFlag... flags) {
        if (!tryEnter()) {
            return 0;
        }
        try (org.rocksdb.Slice start = new org.rocksdb.Slice(from); org.rocksdb.Slice end = new org.rocksdb.Slice(to)) {
            long[] sizes = db.getApproximateSizes(java.util.List.of(new org.rocksdb.Range(start, end)), flags);
            return sizes[0];
        } finally {
            exit();
        }
    }

    /**
     * Deletes every key in [from, to) with one range tombstone (logged, not synced; snapshots
     * taken before still see the keys). For storage no catalog entry names any more.
     */
    public void deleteRange(byte[] from, byte[] to) {
        checkWritable();
        enter();
        relationCache.beginWholeWrite();
        long sequence = stamped(SEQUENCE_MASK);
        try {
            checkWritable();
            db.deleteRange(writeOptions, from, to);
            sequence = stamped(db.getLatestSequenceNumber());
        } catch (RocksDBException e) {
            throw writeFailed("could not delete a key range", e);
        } finally {
            relationCache.endWholeWrite(sequence);
            exit();
        }
    }

    /**
     * Compacts the keys in [from, to) (RocksDB's manual compaction: their newest versions end up
     * in the fewest files of the last level, deleted keys and tombstones gone), so that a scan of
     * the range reads fewer, non-overlapping files. What VACUUM does to a table's storage.
     */
    public void compact(byte[] from, byte[] to) {
        checkWritable();
        enter();
        try {
            db.compactRange(from, to);
        } catch (RocksDBException e) {
            throw writeFailed("could not compact a key range", e);
        } finally {
            exit();
        }
    }

    /**
     * What a transaction that was open when the store was reopened after a write failure gets
     * on its next call (its snapshot belonged to the failed instance).
     */
    public PgException lostTransactionError() {
        Failure failure = lastFailure;
        PgException e = failure != null ? failure.error()
                : new PgException(SqlState.IO_ERROR, "could not continue the transaction");
        return e.withDetail("The transaction was ended when the data directory was reopened after this failure.");
    }

    /** @throws PgException 53100 / 58030 while writes are refused after a WAL failure */
    public void checkWritable() {
        Failure failure = writeFailure;
        if (failure != null) {
            throw failure.refusal();
        }
    }

    /** True while writes are refused after a write-ahead log failure (reads still work). */
    public boolean isWritable() {
        return writeFailure == null;
    }

    /**
     * Online physical backup: a RocksDB checkpoint of the whole store in {@code target} (which
     * must not exist; its parent is created). SST files are hard-linked when {@code target} is on
     * the same file system, copied otherwise; the memtables are flushed first, so the copy holds
     * every write applied before the call, as one consistent point in time (concurrent writers
     * keep running). The copy is a complete data directory: open it to restore.
     *
     * @throws PgException 58P02 when {@code target} exists, 55000 for an in-memory store, 58030
     *         when the checkpoint cannot be written
     */
    public void checkpoint(Path target) {
        if (inMemory) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "an in-memory database cannot be backed up");
        }
        Path dir = target.toAbsolutePath().normalize();
        if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new PgException(SqlState.DUPLICATE_FILE, "could not create directory \"%s\": File exists", dir);
        }
        try {
            if (dir.getParent() != null) {
                Files.createDirectories(dir.getParent());
            }
        } catch (IOException | RuntimeException e) {
            throw ioError("could not create directory \"%s\": %s", dir.getParent(), e.getMessage());
        }
        enter();
        try (Checkpoint checkpoint = Checkpoint.create(db)) {
            checkpoint.createCheckpoint(dir.toString());
        } catch (RocksDBException e) {
            throw ioError("could not back up to \"%s\": %s", dir, e.getMessage());
        } finally {
            exit();
        }
    }

    /** The largest sequence number known to be in the synced WAL. */
    public long durableSequence() {
        return durableSequence;
    }

    /** Number of WAL syncs done by the group-commit thread (for tests and statistics). */
    public long syncCount() {
        return syncCount;
    }

    /**
     * Waits (on a Java condition, so a virtual thread unmounts) until every write with a stamped
     * sequence number up to {@code sequence} is in the synced WAL. Returns at once for in-memory
     * stores. Not interruptible: a commit that became visible must not be reported as failed
     * because the waiter was interrupted.
     *
     * @throws PgException 53100 / 58030 when the WAL write or sync failed before the number was
     *         covered (the commit is not acknowledged; it is gone after the reopen)
     */
    public void awaitDurable(long sequence) {
        if (inMemory) {
            return;
        }
        int ofGeneration = (int) (sequence >>> GENERATION_SHIFT);
        long raw = sequence & SEQUENCE_MASK;
        if (ofGeneration == generation && durableSequence >= raw) {
            return;
        }
        syncLock.lock();
        try {
            while (true) {
                if (ofGeneration != generation) {
                    // written by an instance that failed and was reopened: never synced
                    Failure failure = lastFailure;
                    throw failure != null ? failure.error() : closedError();
                }
                if (durableSequence >= raw) {
                    return;
                }
                if (writeFailure != null) {
                    throw writeFailure.error();
                }
                if (closed) {
                    throw closedError();
                }
                if (raw > requestedSequence) {
                    requestedSequence = raw;
                    syncRequested.signal();
                }
                syncDone.awaitUninterruptibly();
            }
        } finally {
            syncLock.unlock();
        }
    }

    /**
     * Asks the group-commit thread to sync the WAL up to {@code sequence} without waiting for it
     * (asynchronous commit); a failure shows up in later writes and waits.
     */
    public void requestDurable(long sequence) {
        if (inMemory) {
            return;
        }
        int ofGeneration = (int) (sequence >>> GENERATION_SHIFT);
        long raw = sequence & SEQUENCE_MASK;
        if (ofGeneration != generation || durableSequence >= raw) {
            return;
        }
        syncLock.lock();
        try {
            if (raw > requestedSequence && !closed) {
                requestedSequence = raw;
                syncRequested.signal();
            }
        } finally {
            syncLock.unlock();
        }
    }

    /**
     * The group-commit thread: syncs the WAL for waiting commits; after a write failure it
     * reopens the store (dropping the unsynced tail) and, while writes stay refused, probes once
     * a second whether the data directory takes writes again, then reopens it writable.
     */
    private void groupCommitLoop() {
        while (true) {
            boolean reopen = false;
            boolean probe = false;
            syncLock.lock();
            try {
                while (true) {
                    if (closing && (writeFailure != null || requestedSequence <= durableSequence)) {
                        return;
                    }
                    if (reopenPending) {
                        reopen = true;
                        break;
                    }
                    if (writeFailure != null) {
                        syncRequested.await(RETRY_MILLIS, TimeUnit.MILLISECONDS);
                        probe = !closing && writeFailure != null && !reopenPending;
                        if (probe) {
                            break;
                        }
                        continue;
                    }
                    if (requestedSequence > durableSequence) {
                        break;
                    }
                    syncRequested.awaitUninterruptibly();
                }
            } catch (InterruptedException e) {
                continue;
            } finally {
                syncLock.unlock();
            }
            if (reopen || (probe && directoryTakesWrites())) {
                // right after a failure: read-only at once (drops the unsynced tail); writable
                // only once a later probe found room
                reopen(!reopen);
                continue;
            }
            if (probe) {
                continue;
            }
            // everything published up to here has its WAL record in RocksDB's buffer
            long target = db.getLatestSequenceNumber();
            try {
                db.flushWal(true);
            } catch (RocksDBException | RuntimeException e) {
                writeFailed("could not sync the write-ahead log", e);
                continue;
            }
            syncLock.lock();
            try {
                syncCount++;
                if (target > durableSequence) {
                    durableSequence = target;
                }
                syncDone.signalAll();
            } finally {
                syncLock.unlock();
            }
        }
    }

    /**
     * A WAL write or sync failed: from now on writes are refused (53100 when the disk is full,
     * 58030 otherwise), every commit waiting for a sync fails, and the group-commit thread
     * reopens the store. Writes that were applied but not synced are visible in this RocksDB
     * instance; reopening drops them, so no one reads data whose commit was not acknowledged.
     *
     * @return the error for the caller to throw
     */
    private PgException writeFailed(String what, Exception e) {
        String reason = String.valueOf(e.getMessage());
        boolean noSpace = reason.contains("No space left") || e instanceof RocksDBException r && r.getStatus() != null
                && r.getStatus().getSubCode() == Status.SubCode.NoSpace;
        boolean ioError = noSpace || !(e instanceof RocksDBException r) || r.getStatus() == null
                || r.getStatus().getCode() == Status.Code.IOError;
        Failure failure = new Failure(noSpace ? SqlState.DISK_FULL : SqlState.IO_ERROR, what + ": " + reason);
        if (!ioError) {
            return failure.error(); // not the disk: a problem with this one write
        }
        syncLock.lock();
        try {
            if (writeFailure == null) {
                writeFailure = failure;
                reopenPending = true;
            }
            syncRequested.signalAll();
            syncDone.signalAll();
        } finally {
            syncLock.unlock();
        }
        return failure.error();
    }

    /** Writes, syncs and deletes a probe file of a few MB in the data directory. */
    private boolean directoryTakesWrites() {
        Path probe = directory.resolve("pglitedb-write-probe");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(probe,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(64 * 1024);
            for (long written = 0; written < PROBE_BYTES; written += block.capacity()) {
                block.clear();
                while (block.hasRemaining()) {
                    channel.write(block);
                }
            }
            channel.force(true);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a later probe retries
            }
        }
    }

    /**
     * Closes the RocksDB instance and opens the directory again: read-only right after a failure
     * (reads go on, writes stay refused), writable once the probe found room. Transactions open
     * on the old instance fail from here on (their snapshots are gone); sequence numbers it
     * handed out are of the old generation, so their waiters fail instead of waiting for the new
     * instance's syncs. Runs on the group-commit thread, so no sync runs meanwhile.
     */
    private void reopen(boolean writable) {
        swapping = true;
        try {
            while (activeCalls.get() != 0) {
                Thread.onSpinWait();
                Thread.yield();
            }
            for (AutoCloseable dependent : dependents.toArray(new AutoCloseable[0])) {
                try {
                    dependent.close();
                } catch (Exception ignored) {
                    // best effort: the dependent is abandoned
                }
            }
            dependents.clear();
            try {
                db.closeE();
            } catch (RocksDBException | RuntimeException e) {
                // the failed instance may not close cleanly: its files are what the WAL replay reads
            }
            RocksDB next = null;
            if (writable) {
                try {
                    next = RocksDB.open(options, directory.toString());
                } catch (RocksDBException e) {
                    writable = false; // still failing: read-only below, the probe retries
                }
            }
            if (next == null) {
                try {
                    next = RocksDB.openReadOnly(options, directory.toString());
                } catch (RocksDBException e) {
                    closed = true; // nothing left to read from
                }
            }
            syncLock.lock();
            try {
                Failure failure = writeFailure;
                if (next != null) {
                    db = next;
                    durableSequence = next.getLatestSequenceNumber();
                    requestedSequence = durableSequence;
                }
                generation++;
                relationCache.clear();
                lastFailure = failure;
                reopenPending = false;
                if (writable) {
                    writeFailure = null;
                }
                syncDone.signalAll();
            } finally {
                syncLock.unlock();
            }
        } finally {
            swapping = false;
        }
    }

    /** Why writes are refused, turned into a fresh exception for each caller. */
    private record Failure(SqlState state, String message) {
        PgException error() {
            PgException e = new PgException(state, "%s", message);
            return state == SqlState.DISK_FULL
                    ? e.withHint("Free disk space on the data directory's file system; writes resume by themselves.")
                    : e;
        }

        PgException refusal() {
            return error().withDetail("Writes are refused until the write-ahead log can be written again; reads go on.");
        }
    }

    /**
     * Registers something to close before RocksDB closes that outlives a reopen after a write
     * failure (the lock manager, shared read options).
     */
    public void registerCloseHook(AutoCloseable hook) {
        closeHooks.add(hook);
    }

    /** Registers something to close (a transaction, an iterator) before RocksDB closes or is reopened. */
    public void registerDependent(AutoCloseable dependent) {
        dependents.add(dependent);
    }

    public void unregisterDependent(AutoCloseable dependent) {
        dependents.remove(dependent);
    }

    /** Flushes and closes RocksDB; waits for pending commits. Idempotent. */
    @Override
    public void close() {
        syncLock.lock();
        try {
            if (closing) {
                return;
            }
            closing = true;
            syncRequested.signalAll();
        } finally {
            syncLock.unlock();
        }
        // no new native calls; wait for those inside (each is short)
        closed = true;
        while (activeCalls.get() != 0) {
            Thread.onSpinWait();
            Thread.yield();
        }
        for (AutoCloseable dependent : dependents.toArray(new AutoCloseable[0])) {
            try {
                dependent.close();
            } catch (Exception ignored) {
                // best effort: the dependent is abandoned
            }
        }
        dependents.clear();
        for (AutoCloseable hook : closeHooks) {
            try {
                hook.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        if (groupCommitThread != null) {
            try {
                groupCommitThread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (!inMemory && writeFailure == null) {
                db.flushWal(true);
            }
        } catch (RocksDBException ignored) {
            // nothing more to do: closing anyway
        }
        syncLock.lock();
        try {
            if (writeFailure == null) {
                durableSequence = Math.max(durableSequence, db.getLatestSequenceNumber());
            }
            syncDone.signalAll();
        } finally {
            syncLock.unlock();
        }
        try {
            db.closeE();
        } catch (RocksDBException e) {
            db.close();
        }
        writeOptions.close();
        closeAll(nativeResources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // native handles only
            }
        }
    }

    @Override
    public String toString() {
        return "Store[" + description + "]";
    }
}
