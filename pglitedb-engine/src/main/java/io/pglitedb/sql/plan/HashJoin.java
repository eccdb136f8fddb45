package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.DataType;

/**
 * An equi-join: the right side is read into a hash table on rightKeys (over right rows), each
 * left row probes it with leftKeys (over left rows, same types: keyTypes). A NULL key never
 * matches. residual (nullable) is the rest of the join condition, over the joined row.
 */
public record HashJoin(PlanNode left, PlanNode right, JoinType type, BoundExpr[] leftKeys, BoundExpr[] rightKeys,
        DataType[] keyTypes, BoundExpr residual) implements PlanNode {
    @Override
    public int width() {
        return left.width() + right.width();
    }
}
