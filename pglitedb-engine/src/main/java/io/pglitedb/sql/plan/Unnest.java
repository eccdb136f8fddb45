package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/**
 * {@code unnest(a [, b ...]) [WITH ORDINALITY]} in FROM: one column per array, the elements in
 * storage order, shorter arrays padded with NULLs; with ordinality a bigint row number last. The
 * arguments may read the columns of FROM items to the left (functions in FROM are LATERAL).
 */
public record Unnest(BoundExpr[] arrays, boolean ordinality) implements PlanNode {
    @Override
    public int width() {
        return arrays.length + (ordinality ? 1 : 0);
    }
}
