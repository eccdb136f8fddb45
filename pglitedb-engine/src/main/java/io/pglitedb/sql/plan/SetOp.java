package io.pglitedb.sql.plan;

import io.pglitedb.types.DataType;

/**
 * INTERSECT / EXCEPT [ALL]: the right input is counted in a hash table, the left streams through.
 * Rows compare with NULLs equal, as PostgreSQL's set operations do.
 */
public record SetOp(Kind kind, boolean all, PlanNode left, PlanNode right, DataType[] types) implements PlanNode {
    public enum Kind { INTERSECT, EXCEPT }

    @Override
    public int width() {
        return left.width();
    }
}
