package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/** OFFSET then LIMIT; both expressions row-independent and nullable (absent / LIMIT ALL). */
public record Limit(PlanNode input, BoundExpr limit, BoundExpr offset) implements PlanNode {
    @Override
    public int width() {
        return input.width();
    }
}
