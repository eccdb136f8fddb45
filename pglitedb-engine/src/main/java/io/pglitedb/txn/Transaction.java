package io.pglitedb.txn;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.RelationCache;
import io.pglitedb.storage.RelationCopy;
import io.pglitedb.storage.Store;
import io.pglitedb.storage.WrittenRelations;
import java.util.ArrayList;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.Snapshot;
import org.rocksdb.WriteBatchWithIndex;

/**
 * One transaction over the key space. Reads see the current statement snapshot plus the
 * transaction's own writes; writes are buffered (WriteBatchWithIndex) until {@link #commit}.
 * Not thread-safe: one session drives it (only {@link #cancelWait()} may be called from another
 * thread).
 *
 * <p>READ COMMITTED: the session calls {@link #newStatementSnapshot()} before each statement.
 * Writers call {@link #lockForUpdate} on a row's key before changing it: it waits while another
 * transaction holds the row lock and then returns the newest committed (or own) value, which is
 * how a second concurrent UPDATE sees the first one's result, as in PostgreSQL.
 */
public final class Transaction {
    private final TransactionManager manager;
    private final Store store;
    /** The RocksDB instance of this transaction's store generation (set on its first snapshot). */
    private RocksDB db;
    /** The store was reopened after a write failure: this transaction's snapshot is gone. */
    private volatile boolean lost;
    private final long id;
    private volatile boolean xidAssigned;
    private boolean deferrableReadOnly;
    /** Got a safe snapshot (READ ONLY DEFERRABLE): no SSI tracking needed. */
    private boolean safeSnapshot;
    private final ReadOptions readOptions = new ReadOptions();
    private Snapshot snapshot;
    /** {@link #snapshot}'s stamped sequence number (what {@link RelationCache} compares with). */
    private volatile long snapshotStamp;
    private WriteBatchWithIndex batch;
    /** The relations {@link #batch} has keys in (what its commit makes stale in the relation cache). */
    private final WrittenRelations written = new WrittenRelations();
    private int savepoints;
    /** Storage only this transaction sees (tables created or truncated in it); null until used. */
    private PrivateStorage privateStorage;
    /** heldLocks.size() when each savepoint was set: locks from there on belong to it. */
    private int[] savepointLockMarks = new int[4];
    /** How much storage was marked replaced when each savepoint was set (undone by ROLLBACK TO). */
    private int[] savepointReplacedMarks = new int[4];
    /** Largest sequence number this transaction may have read (durability of what it saw). */
    private long seenSequence;
    private boolean finished;
    private boolean synchronousCommit = true;
    private IsolationLevel isolation = IsolationLevel.READ_COMMITTED;
    /** A statement has taken its snapshot (PostgreSQL's FirstSnapshotSet). */
    private boolean firstSnapshotTaken;
    /**
     * The current statement took a new snapshot and has read nothing with it yet: a table lock it
     * had to wait for may still renew it (PostgreSQL locks tables before taking the snapshot).
     */
    private boolean snapshotRenewable;
    private final ArrayList<TransactionIterator> openIterators = new ArrayList<>(2);
    /** See {@link #borrowLookupCursor}: the shared cursor, what it was opened over, whether it is lent. */
    private TransactionIterator lookupCursor;
    private Snapshot lookupCursorSnapshot;
    private WriteBatchWithIndex lookupCursorBatch;
    private long lookupCursorWrites;
    private boolean lookupCursorLent;
    /** Run by {@link Store#close()} and its reopen (no native call in flight then): frees the snapshot. */
    private final AutoCloseable abandon = () -> {
        lost = true;
        releaseSnapshot();
    };

    /** This transaction's locks (row, table, transaction-level advisory). */
    private final LockOwner owner;
    /** This transaction's part in SSI once a SERIALIZABLE transaction reads or writes; else null. */
    private SerializableConflicts.Participant serializable;
    private boolean serializableCommitted;

    /** Tables locked so far (oid, mode bits), so that each statement does not ask the lock manager again. */
    private int[] lockedTables = new int[8];
    private int lockedTableCount;

    Transaction(TransactionManager manager, long id, Backend backend) {
        this.manager = manager;
        this.owner = new LockOwner(backend, id);
        this.store = manager.store();
        this.id = id;
        store.registerDependent(abandon);
        try {
            newStatementSnapshot();
        } catch (RuntimeException e) {
            store.unregisterDependent(abandon);
            readOptions.close();
            throw e;
        }
    }

    /**
     * This transaction's id: unique and increasing (seeded from the clock at startup). Writers put
     * it into a row's version stamp ({@link io.pglitedb.storage.RowCodec#encode(
     * io.pglitedb.types.DataType[], Object[], int, long)}).
     */
    public long id() {
        return id;
    }

    /** The 32-bit form of a transaction id that pg_locks, pg_stat_activity and deadlock reports show (xid). */
    public static long xidOf(long id) {
        return id & 0xFFFFFFFFL;
    }

    /** This transaction's id as an xid; see {@link #hasXid}. */
    public long xid() {
        return xidOf(id);
    }

    /**
     * True once the transaction wrote or locked a row: like PostgreSQL, which assigns an xid only
     * then, pg_locks and pg_stat_activity.backend_xid show one from that point (any thread may ask).
     */
    public boolean hasXid() {
        return xidAssigned;
    }

    /** Marks the transaction as having an xid (txid_current() asks for one) and returns its id. */
    public long assignXid() {
        checkActive();
        xidAssigned = true;
        return id;
    }

    public IsolationLevel isolation() {
        return isolation;
    }

    /**
     * Sets the isolation level; only before the first statement's snapshot (PostgreSQL's rule:
     * "SET TRANSACTION ISOLATION LEVEL must be called before any query").
     */
    public void setIsolation(IsolationLevel level) {
        checkActive();
        if (firstSnapshotTaken && level != isolation) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "SET TRANSACTION ISOLATION LEVEL must be called before any query");
        }
        isolation = level;
    }

    /**
     * READ ONLY DEFERRABLE: at SERIALIZABLE the first statement waits for a safe snapshot (see
     * {@link SerializableConflicts#awaitSafe}) and the transaction then runs without SSI tracking.
     */
    public void setDeferrableReadOnly(boolean deferrableReadOnly) {
        checkActive();
        if (!firstSnapshotTaken) {
            this.deferrableReadOnly = deferrableReadOnly;
        }
    }

    /** A SERIALIZABLE READ ONLY DEFERRABLE transaction got its safe snapshot. */
    private boolean needsSafeSnapshot() {
        return deferrableReadOnly && isolation == IsolationLevel.SERIALIZABLE;
    }

    /**
     * PostgreSQL's GetSafeSnapshot: takes snapshots until one is safe, waiting (as the backend's
     * "SafeSnapshot" wait) for the serializable transactions concurrent with each to end.
     */
    private void takeSafeSnapshot() {
        while (true) {
            long sequence = snapshot.getSequenceNumber();
            if (manager.serializable().awaitSafe(sequence, owner.backend)) {
                safeSnapshot = true;
                return;
            }
            newStatementSnapshot();
        }
    }

    /** True when reads and writes are tracked for SSI: SERIALIZABLE without a safe snapshot. */
    private boolean tracksConflicts() {
        return isolation == IsolationLevel.SERIALIZABLE && !safeSnapshot;
    }

    /** True once a statement has taken its snapshot ({@link #beginStatement()}). */
    public boolean isFirstSnapshotTaken() {
        return firstSnapshotTaken;
    }

    /**
     * Called before each statement that reads or writes data. READ COMMITTED takes a new snapshot
     * for every statement; REPEATABLE READ and SERIALIZABLE take the transaction's snapshot at
     * its first statement and keep it (as PostgreSQL: not at BEGIN).
     */
    public void beginStatement() {
        if (!firstSnapshotTaken || !isolation.usesTransactionSnapshot()) {
            newStatementSnapshot();
            snapshotRenewable = true;
            if (!firstSnapshotTaken && needsSafeSnapshot()) {
                takeSafeSnapshot();
            }
            if (!firstSnapshotTaken && tracksConflicts()) {
                participant(); // registered now, so a deferrable reader sees it running
            }
        }
        firstSnapshotTaken = true;
    }

    /**
     * For a transaction begun for a statement: the snapshot {@code begin} took is that first
     * statement's (saves taking another).
     */
    public void beginFirstStatement() {
        checkActive();
        if (!firstSnapshotTaken && needsSafeSnapshot()) {
            takeSafeSnapshot();
        }
        if (!firstSnapshotTaken && tracksConflicts()) {
            participant();
        }
        firstSnapshotTaken = true;
        snapshotRenewable = true;
    }

    /** Takes a fresh snapshot for the next statement (READ COMMITTED). */
    public void newStatementSnapshot() {
        checkActive();
        if (privateStorage != null) {
            privateStorage.flush(); // the next statement sees what the last one wrote directly
        }
        enterStore();
        try {
            if (db == null) {
                db = store.db();
            }
            Snapshot next = db.getSnapshot();
            readOptions.setSnapshot(next);
            Snapshot old = snapshot;
            snapshot = next;
            if (old != null) {
                db.releaseSnapshot(old);
            }
            snapshotStamp = store.stamped(next.getSequenceNumber());
            seenSequence = Math.max(seenSequence, snapshotStamp);
        } finally {
            store.exit();
        }
    }

    private synchronized void releaseSnapshot() {
        Snapshot old = snapshot;
        snapshot = null;
        if (old != null) {
            db.releaseSnapshot(old);
        }
    }

    /** The sequence number of the current statement snapshot. */
    public long snapshotSequence() {
        checkActive();
        return snapshot.getSequenceNumber();
    }

    /** @return the value visible to this transaction, or null */
    public byte[] get(byte[] key) {
        checkActive();
        snapshotRenewable = false;
        if (tracksConflicts()) {
            manager.serializable().read(participant(), key, KeyRanges.successor(key));
        }
        RelationCopy copy = copyFor(key, false);
        if (copy != null) {
            return copy.get(key);
        }
        enterStore();
        try {
            if (batch == null || batch.count() == 0) {
                return db.get(readOptions, key);
            }
            return batch.getFromBatchAndDB(db, readOptions, key);
        } catch (RocksDBException e) {
            throw ioError("could not read", e);
        } finally {
            store.exit();
        }
    }

    /**
     * {@link #get} of several keys at once (RocksDB's MultiGet: keys in key order share block
     * reads); null where a key has no value.
     */
    public java.util.List<byte[]> getAll(java.util.List<byte[]> keys) {
        checkActive();
        if (tracksConflicts() || batch != null && batch.count() > 0) {
            java.util.List<byte[]> values = new java.util.ArrayList<>(keys.size());
            for (byte[] key : keys) {
                values.add(get(key));
            }
            return values;
        }
        snapshotRenewable = false;
        java.util.List<byte[]> copied = fromCopy(keys);
        if (copied != null) {
            return copied;
        }
        enterStore();
        try {
            return db.multiGetAsList(readOptions, keys);
        } catch (RocksDBException e) {
            throw ioError("could not read", e);
        } finally {
            store.exit();
        }
    }

    /**
     * True when a statement may read through other threads now: this transaction has written
     * nothing (a write batch must not be read by two threads) and tracks no SSI reads. Such a
     * statement's workers read with {@link #reusableScan} cursors opened now and
     * {@link #getAllAtSnapshot}, which never look at the write batch the statement may fill later
     * (its own writes, which its reads must not see anyway).
     */
    public boolean readsOnOtherThreads() {
        return !finished && !hasWrites() && !tracksConflicts();
    }

    /**
     * {@link #getAll} at the statement snapshot, without this transaction's writes: for a worker
     * of a statement that began with none ({@link #readsOnOtherThreads}). Safe on any thread.
     */
    public java.util.List<byte[]> getAllAtSnapshot(java.util.List<byte[]> keys) {
        checkActive();
        java.util.List<byte[]> copied = fromCopy(keys);
        if (copied != null) {
            return copied;
        }
        enterStore();
        try {
            return keys.size() == 1 ? java.util.Collections.singletonList(db.get(readOptions, keys.get(0)))
                    : db.multiGetAsList(readOptions, keys);
        } catch (RocksDBException e) {
            throw ioError("could not read", e);
        } finally {
            store.exit();
        }
    }

    /**
     * Iterates visible key-values in [from, to) in key order, own writes merged in. The iterator
     * must be closed. Writes made while iterating need not be seen by that iterator (they may
     * be: an UPDATE that moves a row forward in key order must guard itself). Null {@code from}
     * or {@code to} means unbounded. Open iterators are closed by commit, rollback and
     * {@link #rollbackToSavepoint(int)}.
     */
    public KeyValueIterator scan(byte[] from, byte[] to) {
        checkActive();
        snapshotRenewable = false;
        if (tracksConflicts()) { // the whole range: a predicate lock, no phantoms
            manager.serializable().read(participant(), from == null ? new byte[0] : from,
                    to == null ? KeyRanges.END : to);
        }
        TransactionIterator it;
        RelationCopy copy = RelationCache.withinOneRelation(from, to) ? copyFor(from, isWholeRelation(from, to)) : null;
        if (copy != null) {
            it = new TransactionIterator(this, store, copy, from, to);
        } else {
            enterStore();
            try {
                it = new TransactionIterator(this, store, snapshot, batch != null && batch.count() > 0 ? batch : null,
                        from, to);
            } finally {
                store.exit();
            }
        }
        openIterators.add(it);
        return it;
    }

    /**
     * {@link #scan} of [from, to) cut into up to {@code parts} iterators over consecutive key
     * ranges of about equal size, all at the statement snapshot, for a scan that reads them on
     * several threads ({@link KeyValueIterator#forEachRow} on the other threads). Null when the
     * range holds less than {@code minBytesPerPart} per part or this transaction has written
     * anything (its write batch is merged into its reads, and a batch must not be read by two
     * threads): then use {@link #scan}.
     */
    public java.util.List<KeyValueIterator> partitionedScan(byte[] from, byte[] to, int parts, long minBytesPerPart) {
        checkActive();
        if (from == null || to == null || (batch != null && batch.count() > 0)) {
            return null;
        }
        if (RelationCache.withinOneRelation(from, to)) {
            RelationCopy copy = copyFor(from, isWholeRelation(from, to));
            if (copy != null) {
                return partsOf(copy, from, to, parts, minBytesPerPart);
            }
        }
        byte[][] cuts = io.pglitedb.storage.RangeSplit.cutPoints(store, from, to, parts, minBytesPerPart);
        if (cuts == null) {
            return null;
        }
        snapshotRenewable = false;
        if (tracksConflicts()) {
            manager.serializable().read(participant(), from, to);
        }
        java.util.List<KeyValueIterator> iterators = new ArrayList<>(cuts.length + 1);
        enterStore();
        try {
            byte[] start = from;
            for (int i = 0; i <= cuts.length; i++) {
                byte[] end = i < cuts.length ? cuts[i] : to;
                TransactionIterator it = new TransactionIterator(this, store, snapshot, null, start, end);
                openIterators.add(it);
                iterators.add(it);
                start = end;
            }
        } finally {
            store.exit();
        }
        return iterators;
    }

    /** [from, to) of a copy in up to {@code parts} iterators of about equal entry counts. */
    private java.util.List<KeyValueIterator> partsOf(RelationCopy copy, byte[] from, byte[] to, int parts,
            long minBytesPerPart) {
        snapshotRenewable = false;
        if (tracksConflicts()) {
            manager.serializable().read(participant(), from, to);
        }
        int start = copy.lowerBound(from);
        int end = copy.lowerBound(to);
        long bytes = store.approximateSize(from, to);
        int n = (int) Math.max(1, Math.min(parts, bytes / Math.max(1, minBytesPerPart)));
        if (n < 2) {
            return null; // too small to split: the caller scans it whole (from the copy too)
        }
        java.util.List<KeyValueIterator> iterators = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TransactionIterator it = new TransactionIterator(this, store, copy,
                    start + (int) ((long) (end - start) * i / n), start + (int) ((long) (end - start) * (i + 1) / n));
            openIterators.add(it);
            iterators.add(it);
        }
        return iterators;
    }

    private static boolean isWholeRelation(byte[] from, byte[] to) {
        return from.length == 8 && java.util.Arrays.equals(to, io.pglitedb.storage.KeyEncoder.prefixEnd(from));
    }

    /**
     * The copy of the relation holding {@code key} that a read at this statement's snapshot may
     * use instead of the store (making one when the relation is due for it), or null. Not for
     * relations this transaction wrote (its writes are in its batch) or owns privately.
     */
    private RelationCopy copyFor(byte[] key, boolean wholeScan) {
        RelationCache cache = store.relationCache();
        long relation = RelationCache.relationOf(key);
        if (!cache.enabled() || relation < 0 || snapshot == null || written.contains(relation)
                || privateStorage != null && privateStorage.contains(key)) {
            return null;
        }
        long at = snapshotStamp;
        RelationCopy copy = cache.copy(relation, at);
        if (copy != null || !cache.noteRead(relation, wholeScan)) {
            return copy;
        }
        enterStore();
        try {
            return cache.build(store, relation, snapshot, at);
        } finally {
            store.exit();
        }
    }

    /** The values of keys of one relation from its copy, or null when there is none to use. */
    private java.util.List<byte[]> fromCopy(java.util.List<byte[]> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        long relation = RelationCache.relationOf(keys.get(0));
        for (byte[] key : keys) {
            if (RelationCache.relationOf(key) != relation) {
                return null;
            }
        }
        RelationCopy copy = copyFor(keys.get(0), false);
        if (copy == null) {
            return null;
        }
        java.util.List<byte[]> values = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            values.add(copy.get(key));
        }
        return values;
    }

    /**
     * An iterator like {@link #scan}'s that {@link #rescan} moves from range to range (one RocksDB
     * iterator for many point-like ranges, e.g. index lookups per joined row). It starts empty.
     */
    public KeyValueIterator reusableScan() {
        checkActive();
        snapshotRenewable = false;
        TransactionIterator it;
        enterStore();
        try {
            it = new TransactionIterator(this, store, snapshot, batch != null && batch.count() > 0 ? batch : null,
                    new byte[0], new byte[0], true);
        } finally {
            store.exit();
        }
        openIterators.add(it);
        return it;
    }

    /**
     * A {@link #reusableScan} lent for one short read and given back with {@link #returnLookupCursor}
     * (e.g. an EXISTS probe per outer row): the same RocksDB iterator serves one lookup after
     * another, statement after statement, so none is opened and closed per lookup. It is replaced
     * when the snapshot or this transaction's writes changed since it was opened, so it reads what
     * a fresh {@link #scan} would. While it is lent, a nested borrower gets an iterator of its own.
     */
    public KeyValueIterator borrowLookupCursor() {
        checkActive();
        if (lookupCursorLent) {
            return reusableScan();
        }
        WriteBatchWithIndex writes = batch != null && batch.count() > 0 ? batch : null;
        long writeCount = writes == null ? 0 : writes.count();
        if (lookupCursor == null || lookupCursor.isClosed() || lookupCursorSnapshot != snapshot
                || lookupCursorBatch != writes || lookupCursorWrites != writeCount) {
            if (lookupCursor != null) {
                lookupCursor.close();
            }
            lookupCursor = (TransactionIterator) reusableScan();
            lookupCursorSnapshot = snapshot;
            lookupCursorBatch = writes;
            lookupCursorWrites = writeCount;
        }
        snapshotRenewable = false;
        lookupCursorLent = true;
        return lookupCursor;
    }

    /** Gives back an iterator of {@link #borrowLookupCursor} (closing it when it was a nested borrower's own). */
    public void returnLookupCursor(KeyValueIterator cursor) {
        if (cursor == lookupCursor) {
            lookupCursorLent = false;
        } else {
            cursor.close();
        }
    }

    /** Moves an iterator of {@link #reusableScan} to [from, to), as {@link #scan} would read it. */
    public void rescan(KeyValueIterator iterator, byte[] from, byte[] to) {
        checkActive();
        if (tracksConflicts()) {
            manager.serializable().read(participant(), from, to);
        }
        RelationCopy copy = RelationCache.withinOneRelation(from, to) ? copyFor(from, false) : null;
        ((TransactionIterator) iterator).restart(from, to, copy);
    }

    /**
     * Like {@link #scan}, but over the latest committed state instead of the statement snapshot
     * (own writes merged in): what a uniqueness or foreign key check must see after it has
     * taken the lock that serialises it with concurrent writers of the same key.
     */
    public KeyValueIterator scanLatest(byte[] from, byte[] to) {
        checkActive();
        if (privateStorage != null) {
            privateStorage.flush(); // direct writes of this statement must be seen too
        }
        TransactionIterator it;
        enterStore();
        try {
            seenSequence = Math.max(seenSequence, store.stamped(db.getLatestSequenceNumber()));
            it = new TransactionIterator(this, store, null, batch != null && batch.count() > 0 ? batch : null,
                    from, to);
        } finally {
            store.exit();
        }
        openIterators.add(it);
        return it;
    }

    void iteratorClosed(TransactionIterator it) {
        openIterators.remove(it);
    }

    /**
     * Takes this row's FOR UPDATE lock (waiting, in Java, while another transaction holds a
     * conflicting one) and returns the newest value: this transaction's own write if any, else
     * the latest committed value (not the snapshot's), or null if there is none.
     *
     * @throws io.pglitedb.error.PgException 57014 when the wait is cancelled, 40P01 on deadlock,
     *         55P03 on lock_timeout
     */
    public byte[] lockForUpdate(byte[] key) {
        lockRow(key, LockMode.FOR_UPDATE, WaitPolicy.BLOCK);
        return latest(key);
    }

    /**
     * Takes a row lock in {@code mode} (a row-level mode) on the row's key.
     *
     * @return false when the row is locked by another transaction and policy is NOWAIT or SKIP
     */
    public boolean lockRow(byte[] key, LockMode mode, WaitPolicy policy) {
        checkActive();
        if (privateStorage != null && privateStorage.isDirect(key)) {
            return true; // no one else can see it
        }
        xidAssigned = true;
        return manager.locks().acquire(owner, key, mode, policy);
    }

    /**
     * The newest value of a row: this transaction's own write if any, else the latest committed
     * value (not the snapshot's), or null. Call it after locking the row.
     */
    public byte[] latest(byte[] key) {
        checkActive();
        if (privateStorage != null && privateStorage.isDirect(key)) {
            return privateStorage.latest(key, manager.latestReadOptions());
        }
        enterStore();
        try {
            seenSequence = Math.max(seenSequence, store.stamped(db.getLatestSequenceNumber()));
            ReadOptions latest = manager.latestReadOptions();
            if (batch == null || batch.count() == 0) {
                return db.get(latest, key);
            }
            return batch.getFromBatchAndDB(db, latest, key);
        } catch (RocksDBException e) {
            throw ioError("could not read", e);
        } finally {
            store.exit();
        }
    }

    public void put(byte[] key, byte[] value) {
        checkActive();
        xidAssigned = true;
        if (privateStorage != null && privateStorage.write(key, value, mustBuffer())) {
            return;
        }
        if (tracksConflicts()) {
            manager.serializable().write(participant(), key);
        }
        try {
            written.add(key);
            batch().put(key, value);
        } catch (RocksDBException e) {
            throw ioError("could not buffer a write", e);
        }
    }

    public void delete(byte[] key) {
        checkActive();
        xidAssigned = true;
        if (privateStorage != null && privateStorage.write(key, null, mustBuffer())) {
            return;
        }
        if (tracksConflicts()) {
            manager.serializable().write(participant(), key);
        }
        try {
            written.add(key);
            batch().delete(key);
        } catch (RocksDBException e) {
            throw ioError("could not buffer a write", e);
        }
    }

    /**
     * Writes to private storage must go to the batch while a savepoint could undo them, and under
     * a transaction snapshot, which would not see rows flushed to the store after it was taken.
     */
    private long latestSequence() {
        enterStore();
        try {
            return db.getLatestSequenceNumber();
        } finally {
            store.exit();
        }
    }

    /** Registers this SERIALIZABLE transaction with SSI on its first read or write (its snapshot is set by then). */
    private SerializableConflicts.Participant participant() {
        if (serializable == null) {
            serializable = manager.serializable().begin(snapshot.getSequenceNumber());
        }
        return serializable;
    }

    private boolean mustBuffer() {
        return savepoints > 0 || isolation.usesTransactionSnapshot();
    }

    private WriteBatchWithIndex batch() {
        if (batch == null) {
            // overwriteKey = true: one index entry per key, required for getFromBatchAndDB
            batch = new WriteBatchWithIndex(true);
        }
        return batch;
    }

    /**
     * Declares [from, to) storage only this transaction can see until it commits (the rows of a
     * table created, truncated or rewritten in it): writes there skip row locks and the batch and
     * go to the store in chunks; rollback deletes the range. See {@link PrivateStorage}.
     */
    public void createPrivateStorage(byte[] from, byte[] to) {
        checkActive();
        privateStorage().add(from, to);
    }

    /** Deletes [from, to) once this transaction has committed (storage its DDL replaced or dropped). */
    public void deleteStorageAfterCommit(byte[] from, byte[] to) {
        checkActive();
        privateStorage().replaceAtCommit(from, to);
    }

    /** True when {@code key} lies in storage this transaction created (see {@link #createPrivateStorage}). */
    public boolean ownsStorage(byte[] key) {
        return privateStorage != null && privateStorage.contains(key);
    }

    private PrivateStorage privateStorage() {
        if (privateStorage == null) {
            privateStorage = new PrivateStorage(store);
        }
        return privateStorage;
    }

    /**
     * Sets a savepoint (a subtransaction's start): writes and row locks after it can be undone
     * by {@link #rollbackToSavepoint(int)}. Savepoints nest.
     *
     * @return its level: 1 for the outermost, one more for each savepoint set since
     */
    public int setSavepoint() {
        checkActive();
        batch().setSavePoint();
        if (savepoints == savepointLockMarks.length) {
            savepointLockMarks = java.util.Arrays.copyOf(savepointLockMarks, savepoints * 2);
            savepointReplacedMarks = java.util.Arrays.copyOf(savepointReplacedMarks, savepoints * 2);
        }
        savepointReplacedMarks[savepoints] = privateStorage == null ? 0 : privateStorage.replacedCount();
        savepointLockMarks[savepoints++] = owner.held.size();
        return savepoints;
    }

    /** Number of savepoints set and not yet released or rolled back past. */
    public int savepointLevel() {
        return savepoints;
    }

    /**
     * Undoes the writes made since savepoint {@code level} and releases the row locks first taken
     * since then (as PostgreSQL releases an aborted subtransaction's locks; a waiter for one of
     * them proceeds). Savepoints above {@code level} are removed, savepoint {@code level} itself
     * stays. Iterators opened by this transaction are closed.
     */
    public void rollbackToSavepoint(int level) {
        checkActive();
        checkLevel(level);
        closeIterators();
        try {
            while (savepoints > level) {
                batch.popSavePoint();
                savepoints--;
            }
            batch.rollbackToSavePoint();
            batch.setSavePoint();
        } catch (RocksDBException e) {
            throw ioError("could not roll back to savepoint", e);
        }
        manager.locks().releaseFrom(owner, savepointLockMarks[level - 1]);
        lockedTableCount = 0; // some may be gone; the lock manager knows
        if (privateStorage != null) {
            // storage a rolled-back TRUNCATE or DROP replaced is the table's storage again
            privateStorage.keepReplaced(savepointReplacedMarks[level - 1]);
        }
    }

    /** Removes savepoints {@code level} and above, keeping their writes and locks. */
    public void releaseSavepoint(int level) {
        checkActive();
        checkLevel(level);
        try {
            while (savepoints >= level) {
                batch.popSavePoint();
                savepoints--;
            }
        } catch (RocksDBException e) {
            throw ioError("could not release savepoint", e);
        }
    }

    private void checkLevel(int level) {
        if (level < 1 || level > savepoints) {
            throw new PgException(SqlState.INTERNAL_ERROR, "no savepoint at level %d", level);
        }
    }

    /** True when this transaction has buffered writes. */
    public boolean hasWrites() {
        return !finished && batch != null && batch.count() > 0;
    }

    /** True after commit or rollback. */
    public boolean isFinished() {
        return finished;
    }

    /**
     * Makes the writes visible and durable: returns only after the WAL holding them is synced
     * (group commit). Releases all locks (as soon as the writes are in the log, before the sync:
     * early lock release). The transaction is finished afterwards, also when this throws (then
     * the writes may or may not be durable: the store's WAL failed).
     *
     * <p>A transaction without writes does not touch the WAL, but if it read data whose commit
     * is not yet synced (visible since its batch was written, still in the group commit), it
     * waits for that sync, so nothing reports success on the strength of data a crash could lose.
     */
    public void commit() {
        checkActive();
        long mustBeDurable = seenSequence;
        boolean committed = false;
        try {
            closeIterators();
            if (serializable != null) {
                manager.serializable().beforeCommit(serializable); // 40001 for a pivot
            }
            if (privateStorage != null) {
                // direct writes first: the batch's catalog entry names their storage
                mustBeDurable = Math.max(mustBeDurable, privateStorage.beforeCommit());
            }
            if (batch != null && batch.count() > 0) {
                mustBeDurable = store.write(batch, written);
            }
            committed = true;
            if (serializable != null) {
                manager.serializable().committed(serializable,
                        batch != null && batch.count() > 0 ? mustBeDurable : latestSequence());
                serializableCommitted = true;
            }
        } finally {
            if (privateStorage != null) {
                if (committed) {
                    privateStorage.afterCommit();
                } else {
                    privateStorage.afterRollback();
                }
                privateStorage = null;
            }
            // early lock release: the commit is in the log (not yet synced); whoever locks or
            // reads these rows now has seen a sequence number >= ours and waits for our sync
            // before it reports success (see package-info)
            finish();
        }
        if (synchronousCommit) {
            store.awaitDurable(mustBeDurable);
        } else {
            store.requestDurable(mustBeDurable);
        }
        manager.statistics().committed();
    }

    /**
     * synchronous_commit: when false, {@link #commit()} returns once the writes are in the WAL
     * buffer and asks for the sync without waiting for it, and {@link #awaitReadsDurable()} does not
     * wait: a crash may lose the latest such commits (never part of one), as PostgreSQL's
     * asynchronous commit.
     */
    public void setSynchronousCommit(boolean synchronous) {
        synchronousCommit = synchronous;
    }

    /**
     * Waits until everything this transaction may have read is in the synced WAL: a session
     * calls it before it reports a statement's result outside a transaction block or sends
     * ReadyForQuery, so a client never acts on data a crash could still lose. Usually returns at
     * once. {@link #commit()} does it itself.
     */
    public void awaitReadsDurable() {
        if (!synchronousCommit) {
            return;
        }
        store.awaitDurable(seenSequence);
    }

    /** Discards the writes and releases all locks. Idempotent; safe after a failed commit. */
    public void rollback() {
        if (!finished) {
            manager.statistics().rolledBack();
            if (privateStorage != null) {
                privateStorage.afterRollback();
                privateStorage = null;
            }
            finish();
        }
    }

    /**
     * Takes a table lock (LOCK TABLE, and the weak locks every statement takes on the tables it
     * uses: ACCESS SHARE to read, ROW EXCLUSIVE to write, ACCESS EXCLUSIVE for DROP/TRUNCATE).
     * Held until the transaction ends; repeated requests are answered from a small cache.
     *
     * @return false when not free and policy is NOWAIT
     */
    public boolean lockTable(int database, int tableOid, LockMode mode, WaitPolicy policy) {
        checkActive();
        if (mode == LockMode.ACCESS_EXCLUSIVE) {
            xidAssigned = true; // PostgreSQL assigns an xid to log AccessExclusiveLocks for standbys
        }
        for (int i = 0; i < lockedTableCount; i += 2) {
            if (lockedTables[i] == tableOid) {
                // any table mode held also keeps ACCESS EXCLUSIVE out, which is all ACCESS SHARE does
                if (mode.coveredBy(lockedTables[i + 1]) || mode == LockMode.ACCESS_SHARE) {
                    return true;
                }
                if (!manager.locks().acquire(owner, LockManager.tableKey(database, tableOid), mode, policy)) {
                    return false;
                }
                lockedTables[i + 1] |= mode.bit();
                return true;
            }
        }
        long waitsBefore = owner.waits;
        if (!manager.locks().acquire(owner, LockManager.tableKey(database, tableOid), mode, policy)) {
            return false;
        }
        if (owner.waits != waitsBefore && snapshotRenewable) {
            // waited for another transaction's table lock: see what it committed
            newStatementSnapshot();
        }
        if (lockedTableCount == lockedTables.length) {
            lockedTables = java.util.Arrays.copyOf(lockedTables, lockedTableCount * 2);
        }
        lockedTables[lockedTableCount++] = tableOid;
        lockedTables[lockedTableCount++] = mode.bit();
        return true;
    }

    /**
     * Takes a transaction-level advisory lock (pg_advisory_xact_lock and friends), released when
     * the transaction ends; {@code type} is 1 for one bigint key, 2 for two int keys.
     *
     * @return false when not free and policy is not BLOCK
     */
    public boolean lockAdvisory(int database, long key, int type, boolean shared, WaitPolicy policy) {
        checkActive();
        return manager.locks().acquire(owner, LockManager.advisoryKey(database, key, type),
                shared ? LockMode.SHARE : LockMode.EXCLUSIVE, policy);
    }

    /**
     * Takes a session-level advisory lock for {@code sessionOwner} (pg_advisory_lock), waiting
     * with this transaction's lock_timeout and deadlock_timeout; held until unlocked or the
     * session ends.
     *
     * @return false when not free and policy is not BLOCK
     */
    public boolean lockSessionAdvisory(LockOwner sessionOwner, int database, long key, int type, boolean shared,
            WaitPolicy policy) {
        checkActive();
        sessionOwner.lockTimeoutMillis = owner.lockTimeoutMillis;
        sessionOwner.deadlockTimeoutMillis = owner.deadlockTimeoutMillis;
        return manager.lockAdvisory(sessionOwner, database, key, type, shared, policy);
    }

    /** pg_advisory_unlock: releases one grant; false when {@code sessionOwner} did not hold it. */
    public boolean unlockAdvisory(LockOwner sessionOwner, int database, long key, int type, boolean shared) {
        checkActive();
        return manager.unlockAdvisory(sessionOwner, database, key, type, shared);
    }

    /** pg_advisory_unlock_all: releases every session-level advisory lock of the session. */
    public void releaseSessionLocks(LockOwner sessionOwner) {
        checkActive();
        manager.releaseAll(sessionOwner);
    }

    /** lock_timeout: lock waits longer than this fail with 55P03 (0 = no limit). */
    public void setLockTimeout(long millis) {
        owner.lockTimeoutMillis = millis;
    }

    /** deadlock_timeout: a lock wait checks for a deadlock after this long (0 = the manager's default). */
    public void setDeadlockTimeout(long millis) {
        owner.deadlockTimeoutMillis = millis;
    }

    /** The store this transaction reads and writes (for whole-store operations such as backups). */
    public Store store() {
        return store;
    }

    /** The backend this transaction's lock waits are reported for. */
    public Backend backend() {
        return owner.backend;
    }

    /** True while this transaction waits for a lock (may be called from any thread). */
    public boolean isWaitingForLock() {
        return owner.backend.isWaitingForLock();
    }

    /** Interrupts a lock wait of this transaction from another thread (CancelRequest). */
    public void cancelWait() {
        cancelWait(new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request"));
    }

    /** Interrupts a lock wait of this transaction from another thread with {@code reason}. */
    public void cancelWait(PgException reason) {
        manager.locks().cancelWait(owner.backend, reason);
    }

    private void finish() {
        finished = true;
        if (serializable != null && !serializableCommitted) {
            manager.serializable().abort(serializable);
        }
        closeIterators();
        manager.locks().releaseAll(owner);
        store.unregisterDependent(abandon);
        if (store.tryEnter()) {
            try {
                releaseSnapshot();
            } finally {
                store.exit();
            }
        }
        readOptions.close();
        if (batch != null) {
            batch.close();
            batch = null;
        }
    }

    private void closeIterators() {
        for (int i = openIterators.size() - 1; i >= 0; i--) {
            openIterators.get(i).closeForOwner();
        }
        openIterators.clear();
    }

    /** {@link Store#enter()}, then fails if the store was reopened under this transaction. */
    private void enterStore() {
        store.enter();
        if (lost) {
            store.exit();
            throw store.lostTransactionError();
        }
    }

    private void checkActive() {
        if (finished) {
            throw new PgException(SqlState.INVALID_TRANSACTION_STATE, "transaction is already finished");
        }
        store.checkOpen();
    }

    static PgException ioError(String what, RocksDBException e) {
        // PgException is built without a cause slot; the RocksDB status text carries the reason
        return new PgException(SqlState.IO_ERROR, "%s: %s", what, e.getMessage());
    }

    @Override
    public String toString() {
        return "Transaction[" + id + (finished ? ", finished]" : "]");
    }
}
