package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/**
 * Joins every left row with every right row (row = left columns then right columns), keeping the
 * pairs for which condition (nullable: all) is true, plus unmatched rows as the join type says.
 * For a LATERAL right side, lateralArgs are evaluated over each left row into lateralSlots and the
 * right side is run again; otherwise it is read once.
 */
public record NestedLoopJoin(PlanNode left, PlanNode right, JoinType type, BoundExpr condition,
        BoundExpr[] lateralArgs, int[] lateralSlots) implements PlanNode {
    public NestedLoopJoin(PlanNode left, PlanNode right, BoundExpr condition) {
        this(left, right, JoinType.INNER, condition, new BoundExpr[0], new int[0]);
    }

    public boolean lateral() {
        return lateralArgs.length > 0;
    }

    @Override
    public int width() {
        return left.width() + right.width();
    }
}
