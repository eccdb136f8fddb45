package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/**
 * A SELECT list with set-returning functions at its top level (some expressions are
 * {@link io.pglitedb.exec.expr.SetFunctionCall}): each input row gives as many output rows as its
 * longest function result, shorter results padded with nulls, and none when every function
 * returns no rows (PostgreSQL's ProjectSet).
 */
public record ProjectSet(PlanNode input, BoundExpr[] expressions) implements PlanNode {
    @Override
    public int width() {
        return expressions.length;
    }
}
