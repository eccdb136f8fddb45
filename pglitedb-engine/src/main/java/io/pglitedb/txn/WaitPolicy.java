package io.pglitedb.txn;

/** What a lock request does when the lock is not free: wait, fail (NOWAIT) or give up (SKIP LOCKED, try). */
public enum WaitPolicy {
    BLOCK,
    NOWAIT,
    SKIP
}
