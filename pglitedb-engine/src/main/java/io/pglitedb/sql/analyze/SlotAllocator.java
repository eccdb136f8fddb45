package io.pglitedb.sql.analyze;

/**
 * Numbers the runtime slots of one statement ({@link io.pglitedb.exec.ExecContext#slot}): the
 * outer values of correlated subqueries and LATERAL items, and recursive work tables. It also
 * counts the volatile function calls analysed so far: a correlated subquery whose analysis added
 * one must not have its results memoised per outer value. And it keeps the statement-wide WITH
 * state: the WITH queries of a leading {@code WITH ... INSERT|UPDATE|DELETE} (in reach of the whole
 * statement) and the data-modifying WITH queries, run once before the statement.
 */
public final class SlotAllocator {
    private int next;
    private int volatileCalls;
    private final java.util.List<OuterReferences> nestedCteReads = new java.util.ArrayList<>();
    private Ctes statementCtes = Ctes.EMPTY;
    private final java.util.List<io.pglitedb.sql.plan.ModifyingCtes.Modification> modifications =
            new java.util.ArrayList<>();

    /** The level a data-modifying statement's parts are analysed in (its WITH queries in reach). */
    Level statementLevel() {
        return Level.TOP.withCtes(statementCtes);
    }

    private Object topWith;

    /** Forgets the WITH state of a statement analysed before with the same allocator. */
    void startStatement() {
        statementCtes = Ctes.EMPTY;
        modifications.clear();
        topWith = null;
    }

    /** The statement's own WITH clause (a query's top-level WITH), the only place for data-modifying ones. */
    void setTopWith(Object with) {
        topWith = with;
    }

    boolean isTopWith(Object with) {
        return with == topWith;
    }

    void setStatementCtes(Ctes ctes) {
        statementCtes = ctes;
    }

    void addModification(io.pglitedb.sql.plan.ModifyingCtes.Modification m) {
        modifications.add(m);
    }

    java.util.List<io.pglitedb.sql.plan.ModifyingCtes.Modification> modifications() {
        return modifications;
    }

    int allocate() {
        return next++;
    }

    void noteVolatileCall() {
        volatileCalls++;
    }

    /**
     * A WITH query written inside a subquery was read: its rows may depend on the values passed
     * into that subquery through {@code boundary}, so a deeper subquery reading it is correlated too.
     */
    void noteNestedCteRead(OuterReferences boundary) {
        nestedCteReads.add(boundary);
    }

    /** The boundaries of the subqueries whose WITH queries were read so far (see noteNestedCteRead). */
    java.util.List<OuterReferences> nestedCteReads() {
        return nestedCteReads;
    }

    int volatileCalls() {
        return volatileCalls;
    }
}
