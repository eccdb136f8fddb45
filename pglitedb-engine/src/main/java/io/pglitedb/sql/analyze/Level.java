package io.pglitedb.sql.analyze;

/**
 * Where a query is analysed: the boundary to the query around it (null at the top; names not found
 * in this level's FROM clause are looked up through it) and the WITH queries in reach.
 */
record Level(OuterReferences outer, Ctes ctes) {
    static final Level TOP = new Level(null, Ctes.EMPTY);

    /** A query nested in this one (subquery expression, LATERAL item) with its own boundary. */
    Level nested(OuterReferences boundary) {
        return new Level(boundary, ctes);
    }

    Level withCtes(Ctes newCtes) {
        return new Level(outer, newCtes);
    }
}
