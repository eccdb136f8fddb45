package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/** Computes one output column per expression over each input row. */
public record Project(PlanNode input, BoundExpr[] expressions) implements PlanNode {
    @Override
    public int width() {
        return expressions.length;
    }
}
