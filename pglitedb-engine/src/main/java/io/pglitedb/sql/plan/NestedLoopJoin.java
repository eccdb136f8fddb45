package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/** Every left row with every right row (row = left columns then right columns); condition nullable. */
public record NestedLoopJoin(PlanNode left, PlanNode right, BoundExpr condition) implements PlanNode {
    @Override
    public int width() {
        return left.width() + right.width();
    }
}
