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
 * snapshot, which would not see rows flushed to the store after it was taken. SERIALIZABLE runs
 * like REPEATABLE READ plus Serializable Snapshot Isolation: {@link io.pglitedb.txn.SerializableConflicts}
 * tracks the key ranges each serializable transaction read and the keys it wrote, and cancels a
 * pivot of a dangerous structure with 40001.
 *
 * <h2>What is locked</h2>
 * {@link io.pglitedb.txn.LockManager} holds locks in PostgreSQL's modes ({@link io.pglitedb.txn.LockMode}
 * with its conflict tables) on keys of three kinds, owned by a {@link io.pglitedb.txn.LockOwner}
 * (a transaction, or a session for session-level advisory locks) and waited for on behalf of a
 * {@link io.pglitedb.txn.Backend} (the session):
 * <ul>
 * <li>Rows, by their storage key: UPDATE takes FOR NO KEY UPDATE (FOR UPDATE when it may change
 * the key), DELETE FOR UPDATE, both through {@link io.pglitedb.txn.Transaction#lockRow} and then
 * {@link io.pglitedb.txn.Transaction#latest}, which returns the newest version (own write, else
 * latest committed, not the snapshot's): the READ COMMITTED re-check (EvalPlanQual) runs on it.
 * An INSERT locks the new key (FOR UPDATE) before checking that it is free, so two inserters of
 * one key serialize and the second sees the first's row (unique violation). A lock is on key
 * bytes that need not exist: the catalog locks a table's name key the same way.</li>
 * <li>Tables ({@link io.pglitedb.txn.Transaction#lockTable}): scans take ACCESS SHARE, INSERT,
 * UPDATE, DELETE and COPY FROM ROW EXCLUSIVE, DROP/TRUNCATE/ALTER TABLE ACCESS EXCLUSIVE, LOCK
 * TABLE any mode. A statement whose table lock had to wait takes a new snapshot if it has read
 * nothing yet (PostgreSQL locks tables before it takes the statement snapshot).</li>
 * <li>SELECT ... FOR UPDATE and friends lock each returned row in its mode (io.pglitedb.exec.LockingQuery,
 * placed below LIMIT like PostgreSQL's LockRows) and re-check changed rows as UPDATE does.</li>
 * <li>Advisory lock keys exist ({@code LockManager.advisoryKey}); the SQL functions do not yet.</li>
 * </ul>
 * Locks are held until commit or rollback; {@code rollbackToSavepoint} releases those granted
 * after the savepoint (as PostgreSQL releases an aborted subtransaction's locks), a lock granted
 * before it stays. No lock is taken for plain reads.
 *
 * <p>Lock order: none is imposed; instead waits are checked for cycles, as PostgreSQL does: a
 * waiter still waiting after deadlock_timeout (1 s, per session) walks the wait-for graph once
 * (backend -&gt; backends holding a conflicting mode or queued before it with one), reading each
 * lock under its stripe lock; finding itself again it raises 40P01 with PostgreSQL's DETAIL and
 * leaves the graph, and the session rolls the transaction back (releasing its locks). Checks
 * run one at a time, so one member per cycle is aborted: the one whose timer fires first.
 * lock_timeout ends a wait with 55P03, a CancelRequest or statement_timeout with 57014
 * ({@link io.pglitedb.txn.Transaction#cancelWait}). Queues are FIFO: a request waits behind
 * queued requests it conflicts with. Nothing ever blocks inside native code, so virtual threads
 * unmount while they wait.
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
