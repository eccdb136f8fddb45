package io.pglitedb.sql.analyze;

/**
 * Numbers the runtime slots of one statement ({@link io.pglitedb.exec.ExecContext#slot}): the
 * outer values of correlated subqueries and LATERAL items, and recursive work tables. It also
 * counts the volatile function calls analysed so far: a correlated subquery whose analysis added
 * one must not have its results memoised per outer value.
 */
public final class SlotAllocator {
    private int next;
    private int volatileCalls;

    int allocate() {
        return next++;
    }

    void noteVolatileCall() {
        volatileCalls++;
    }

    int volatileCalls() {
        return volatileCalls;
    }
}
