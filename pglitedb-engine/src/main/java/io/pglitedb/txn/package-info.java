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
 * pivot of a dangerous structure with 40001. A serializable transaction is registered with it
 * when it takes its snapshot. SERIALIZABLE READ ONLY DEFERRABLE takes its snapshot at the first
 * statement and then waits (pg_stat_activity: IPC / SafeSnapshot; a cancel ends the wait) until
 * every serializable transaction concurrent with that snapshot has ended; if one of them committed
 * writes having read around a transaction that committed before the snapshot, the snapshot is
 * unsafe and it takes a new one and waits again (PostgreSQL's GetSafeSnapshot). On a safe
 * snapshot it runs with no SSI tracking and can never fail with 40001.
 *
 * <p>What each level lets a client observe is pinned down by the anomaly catalogue test of the
 * server module (isolation.AnomalyCatalogueTest: G0, G1a-c, OTV, PMP, P4, G-single, G2-item, G2
 * at the three levels, every step equal to PostgreSQL 15's).
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
 * <li>Advisory locks ({@code LockManager.advisoryKey}: database, the bigint key or the two int
 * keys, the key type): pg_advisory_lock and friends in EXCLUSIVE or SHARE mode, owned by the
 * transaction (xact variants) or by the session's {@link io.pglitedb.txn.LockOwner} (counted:
 * each grant needs its unlock; released at unlock_all or when the session ends).</li>
 * </ul>
 * Locks are held until commit or rollback; {@code rollbackToSavepoint} releases those granted
 * after the savepoint (as PostgreSQL releases an aborted subtransaction's locks), a lock granted
 * before it stays. An error (including a cancel) inside a block rolls the transaction back at
 * once, so its locks go before the client's ROLLBACK, as PostgreSQL's AbortTransaction does; a
 * closed connection, idle_in_transaction_session_timeout (FATAL 25P03) and pg_terminate_backend
 * end the session and release everything, session-level advisory locks included. No lock is
 * taken for plain reads.
 *
 * <h2>What pg_locks and pg_stat_activity show</h2>
 * {@link io.pglitedb.txn.TransactionManager#lockStatus()} reads the lock table stripe by stripe
 * ({@link io.pglitedb.txn.LockStatus} maps each entry to PostgreSQL's row). Every open transaction
 * also holds its virtualxid ("backendId/n", {@link io.pglitedb.txn.Backend#virtualTransaction()})
 * and, once it has written or locked a row or taken ACCESS EXCLUSIVE (when PostgreSQL assigns an
 * xid), its transactionid: the low 32 bits of {@link io.pglitedb.txn.Transaction#id()}, the number
 * deadlock reports and backend_xid show too. Granted row locks are not listed (PostgreSQL keeps
 * them in tuple headers); a row waiter appears as in PostgreSQL: the first holds the tuple lock and
 * waits for a ShareLock on the holder's transactionid (wait_event transactionid), later ones wait
 * for the tuple lock (wait_event tuple). Table and advisory waits are relation and advisory.
 * PostgreSQL also lists AccessShare/RowExclusive locks on a table's indexes; ours lock only the table.
 *
 * <p>Order of acquisition within a statement: the table lock first (before the statement's
 * snapshot when it had to wait), then row locks in the order the plan meets the rows; an INSERT
 * locks each new key before checking it is free. Across transactions no order is imposed; instead
 * waits are checked for cycles, as PostgreSQL does: a
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
