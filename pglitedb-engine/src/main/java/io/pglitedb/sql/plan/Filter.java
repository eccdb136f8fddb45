package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/** Keeps the rows for which the condition is true. */
public record Filter(PlanNode input, BoundExpr condition) implements PlanNode {
    @Override
    public int width() {
        return input.width();
    }
}
