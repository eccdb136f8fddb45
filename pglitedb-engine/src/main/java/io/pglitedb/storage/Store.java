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
import org.rocksdb.WriteBatchWithIndex;
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

    private static final long BLOCK_CACHE_BYTES = 8L << 20;
    private static final long WRITE_BUFFER_BYTES = 4L << 20;

    private final RocksDB db;
    private final boolean inMemory;
    private final String description;
    /** Native objects to close after the database, in order. */
    private final List<AutoCloseable> nativeResources;
    private final WriteOptions writeOptions;
    /** Transactions and iterators still open: closed before RocksDB on {@link #close()}. */
    private final Set<AutoCloseable> dependents = ConcurrentHashMap.newKeySet();

    // group commit state, guarded by syncLock
    private final ReentrantLock syncLock = new ReentrantLock();
    private final Condition syncRequested = syncLock.newCondition();
    private final Condition syncDone = syncLock.newCondition();
    private long requestedSequence;
    private volatile long durableSequence;
    private PgException syncFailure;
    private boolean closing;
    private volatile boolean closed;
    private final AtomicInteger activeCalls = new AtomicInteger();
    private final Thread groupCommitThread;
    private volatile long syncCount;

    private Store(RocksDB db, boolean inMemory, String description, List<AutoCloseable> nativeResources) {
        this.db = db;
        this.inMemory = inMemory;
        this.description = description;
        this.nativeResources = nativeResources;
        this.writeOptions = new WriteOptions().setSync(false).setDisableWAL(inMemory);
        this.durableSequence = db.getLatestSequenceNumber();
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
        Options options = newOptions(resources, null);
        try {
            RocksDB db = RocksDB.open(options, dir.toString());
            return new Store(db, false, dir.toString(), resources);
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
        List<AutoCloseable> resources = new ArrayList<>();
        RocksMemEnv env = new RocksMemEnv(Env.getDefault());
        resources.add(env);
        Options options = newOptions(resources, env);
        try {
            RocksDB db = RocksDB.open(options, "/pglitedb-mem");
            return new Store(db, true, "memory", resources);
        } catch (RocksDBException e) {
            closeAll(resources);
            throw ioError("could not create in-memory database: %s", e.getMessage());
        }
    }

    private static Options newOptions(List<AutoCloseable> resources, Env env) {
        LRUCache cache = new LRUCache(BLOCK_CACHE_BYTES);
        BloomFilter bloom = new BloomFilter(10, false);
        resources.add(cache);
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
                .setWriteBufferSize(WRITE_BUFFER_BYTES)
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

    public boolean isInMemory() {
        return inMemory;
    }

    /** The data directory, or "memory". */
    public String description() {
        return description;
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
     * waits until no call is inside, so closing while sessions still run cannot crash the JVM.
     *
     * @throws PgException 57P01 when the store is closed (then do not call {@link #exit()})
     */
    public void enter() {
        activeCalls.incrementAndGet();
        if (closed) {
            activeCalls.decrementAndGet();
            throw closedError();
        }
    }

    /** Like {@link #enter()} but returns false instead of throwing when the store is closed. */
    public boolean tryEnter() {
        activeCalls.incrementAndGet();
        if (closed) {
            activeCalls.decrementAndGet();
            return false;
        }
        return true;
    }

    public void exit() {
        activeCalls.decrementAndGet();
    }

    /**
     * Applies {@code batch} atomically without syncing (it is visible to new snapshots on return)
     * and returns a sequence number to pass to {@link #awaitDurable}. For {@link io.pglitedb.txn}.
     */
    public long write(WriteBatchWithIndex batch) {
        enter();
        try {
            db.write(writeOptions, batch);
            return db.getLatestSequenceNumber();
        } catch (RocksDBException e) {
            throw ioError("could not write to the database: %s", e.getMessage());
        } finally {
            exit();
        }
    }

    /**
     * Deletes every key in [from, to) with one range tombstone (logged, not synced; snapshots
     * taken before still see the keys). For storage no catalog entry names any more.
     */
    public void deleteRange(byte[] from, byte[] to) {
        enter();
        try {
            db.deleteRange(writeOptions, from, to);
        } catch (RocksDBException e) {
            throw ioError("could not delete a key range: %s", e.getMessage());
        } finally {
            exit();
        }
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
     * Waits (on a Java condition, so a virtual thread unmounts) until every write with a sequence
     * number up to {@code sequence} is in the synced WAL. Returns at once for in-memory stores.
     * Not interruptible: a commit that became visible must not be reported as failed because the
     * waiter was interrupted.
     *
     * @throws PgException 58030 when the WAL sync failed
     */
    public void awaitDurable(long sequence) {
        if (inMemory || durableSequence >= sequence) {
            return;
        }
        syncLock.lock();
        try {
            if (sequence > requestedSequence) {
                requestedSequence = sequence;
                syncRequested.signal();
            }
            while (durableSequence < sequence) {
                if (syncFailure != null) {
                    throw syncFailure;
                }
                syncDone.awaitUninterruptibly();
            }
        } finally {
            syncLock.unlock();
        }
    }

    private void groupCommitLoop() {
        while (true) {
            syncLock.lock();
            try {
                while (requestedSequence <= durableSequence && !closing) {
                    syncRequested.awaitUninterruptibly();
                }
                if (closing && requestedSequence <= durableSequence) {
                    return;
                }
            } finally {
                syncLock.unlock();
            }
            // everything published up to here has its WAL record in RocksDB's buffer
            long target = db.getLatestSequenceNumber();
            PgException failure = null;
            try {
                db.flushWal(true);
            } catch (RocksDBException | RuntimeException e) {
                failure = ioError("could not sync the write-ahead log: %s", e.getMessage());
            }
            syncLock.lock();
            try {
                if (failure != null) {
                    // the log is in an unknown state: no further commit may report success
                    syncFailure = failure;
                    closed = true;
                    syncDone.signalAll();
                    return;
                }
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

    /** Registers something to close (a transaction, an iterator) before RocksDB closes. */
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
        if (groupCommitThread != null) {
            try {
                groupCommitThread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (!inMemory && syncFailure == null) {
                db.flushWal(true);
            }
        } catch (RocksDBException ignored) {
            // nothing more to do: closing anyway
        }
        syncLock.lock();
        try {
            if (syncFailure == null) {
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
