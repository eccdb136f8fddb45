package io.pglitedb.exec;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.txn.Transaction;

/** What a running statement needs: its transaction, parameter values, the catalog, cancellation. */
public final class ExecContext {
    private final Transaction transaction;
    private final Object[] params;
    private final Catalog catalog;
    private final int databaseOid;
    private volatile boolean cancelled;
    private int rowsSinceYield;

    public ExecContext(Transaction transaction, Object[] params, Catalog catalog, int databaseOid) {
        this.transaction = transaction;
        this.params = params;
        this.catalog = catalog;
        this.databaseOid = databaseOid;
    }

    public Transaction transaction() {
        return transaction;
    }

    public Object[] params() {
        return params;
    }

    public Catalog catalog() {
        return catalog;
    }

    public int databaseOid() {
        return databaseOid;
    }

    /** Asks the running statement to stop (CancelRequest); also interrupts a lock wait. */
    public void cancel() {
        cancelled = true;
        transaction.cancelWait();
    }

    /**
     * Called by operators between rows. Every few thousand rows it also yields the thread: a long
     * CPU-bound statement on a virtual thread must not keep the few carrier threads from other
     * sessions.
     */
    public void checkCancelled() {
        if (cancelled) {
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
        if ((++rowsSinceYield & 0xFFF) == 0) {
            Thread.yield();
        }
    }
}
