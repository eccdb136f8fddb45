package io.pglitedb.sql.analyze;

/**
 * Numbers the runtime slots of one statement ({@link io.pglitedb.exec.ExecContext#slot}): the
 * outer values of correlated subqueries and LATERAL items, and recursive work tables.
 */
public final class SlotAllocator {
    private int next;

    int allocate() {
        return next++;
    }
}
