/**
 * Transactions: snapshots, row locks, deadlock detection, commit.
 *
 * <h2>What a snapshot guarantees</h2>
 * A {@link io.pglitedb.txn.Transaction} reads through a RocksDB snapshot (a sequence number)
 * merged with its own buffered writes (a {@code WriteBatchWithIndex}, read with
 * {@code getFromBatchAndDB} / {@code newIteratorWithBase}). Every read of one statement sees
 * exactly the transactions committed before the snapshot was taken, plus its own writes, and
 * nothing else. The session calls {@link io.pglitedb.txn.Transaction#beginStatement} before each
 * statement: READ COMMITTED (and READ UNCOMMITTED, which is the same in PostgreSQL) takes a new
 * snapshot per statement; REPEATABLE READ takes one at the transaction's first statement (not at
 * BEGIN, as PostgreSQL) and keeps it. Writes are invisible to others until commit, and a commit
 * becomes visible atomically (one write batch). Under REPEATABLE READ an UPDATE, DELETE or row
 * lock of a row whose newest committed version is not the one the snapshot saw fails with 40001
 * (first updater wins; io.pglitedb.exec.DmlExecutor compares the locked version's bytes, which
 * include the writer's transaction id, with the snapshot's). Private storage (see
 * {@link io.pglitedb.txn.PrivateStorage}) is written through the batch under a transaction
 * snapshot, which would not see rows flushed to the store after it was taken. SERIALIZABLE is
 * refused by the session (0A000) until SSI exists.
 *
 * <h2>What is locked</h2>
 * Only rows, exclusively, by their key bytes, in the Java {@code LockManager}: a writer calls
 * {@link io.pglitedb.txn.Transaction#lockForUpdate} before it changes a row; that waits while
 * another transaction holds the lock, then returns the newest version (own write, else latest
 * committed, not the snapshot's), the equivalent of PostgreSQL's EvalPlanQual re-check. A new
 * row (INSERT) should also be locked by its key before checking that the key is free, so two
 * inserters of one key serialize and the second sees the first's row (unique violation).
 * A lock is on key bytes that need not exist: to keep a unique secondary index unique, lock
 * the index key without the primary key suffix before checking it. Locks are held until commit or rollback;
 * {@code rollbackToSavepoint} releases those first taken after the savepoint (as PostgreSQL
 * releases an aborted subtransaction's locks), a lock taken before it stays. No lock is
 * taken for reading. PostgreSQL's table lock modes are not implemented yet.
 *
 * <p>Lock order: none is imposed; instead waits are checked for cycles. Each waiter publishes
 * the lock it waits for and follows holder -&gt; lock that holder waits for -&gt; holder ... (each
 * transaction waits for at most one lock and each lock has one holder, so this walk is the
 * whole wait-for graph reachable from the waiter). Reaching itself means deadlock: it raises
 * 40P01 {@code deadlock detected} and leaves the queue; the session must roll the transaction
 * back (which releases its locks). Checks are serialized by one lock and the waiter that finds
 * a cycle leaves the graph at once, so one transaction per cycle is aborted. The walk runs when the wait starts and again every
 * deadlock timeout (1 s, {@link io.pglitedb.txn.TransactionManager#setDeadlockTimeout}) because
 * it reads other threads' state without their locks. Waiters are served FIFO by direct
 * hand-off. {@link io.pglitedb.txn.Transaction#cancelWait} (a CancelRequest) ends a wait with
 * 57014. Nothing ever blocks inside native code, so virtual threads unmount while they wait.
 *
 * <h2>Commit and durability</h2>
 * {@link io.pglitedb.txn.Transaction#commit}: (1) write the batch without sync: it is visible
 * now and its WAL record is in RocksDB's buffer, (2) release the row locks (early lock release),
 * (3) wait on a Java condition for the group-commit thread's WAL sync that covers it (see
 * {@link io.pglitedb.storage}), (4) return: the client may be told COMMIT.
 *
 * <p>Correctness rule: no transaction reports success while something it read may still be
 * lost. Every transaction remembers the largest sequence number it may have read
 * ({@code seenSequence}: each statement snapshot's, and the latest one when
 * {@code lockForUpdate} acquires a lock, which is after the previous holder's write). Its own
 * commit waits for a sync covering its own write, which is newer than all of that; a
 * transaction without writes touches no WAL but waits for a sync covering {@code seenSequence}
 * (usually already true, costing nothing). So a transaction that updates a hot row right after
 * the previous holder released it cannot be acknowledged before that holder's commit is
 * durable, and if the WAL sync fails, the store shuts down and both fail. A session reporting
 * values it read before COMMIT (the rows of a SELECT, a RETURNING list) calls
 * {@link io.pglitedb.txn.Transaction#awaitReadsDurable()} before it sends them; a bare row count
 * ("UPDATE 1") reveals no value and does not wait, so the next holder of a hot row never queues
 * behind the previous holder's fsync — only its COMMIT does (io.pglitedb.session.Session).

 * <h2>Version stamps</h2>
 * {@link io.pglitedb.txn.Transaction#id()} is unique and increasing (seeded from the clock in
 * microseconds, so it keeps increasing across restarts); writers put it in the row header
 * (see "How to write a versioned row" in {@link io.pglitedb.storage}).
 *
 * <h2>Threads</h2>
 * A transaction is driven by one thread at a time; only {@code cancelWait} comes from another.
 * Iterators must be closed; commit, rollback and rollbackToSavepoint close those still open.
 */
package io.pglitedb.txn;
