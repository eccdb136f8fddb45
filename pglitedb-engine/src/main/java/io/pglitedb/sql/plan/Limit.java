package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/**
 * OFFSET then LIMIT; both expressions row-independent and nullable (absent / LIMIT ALL). With
 * {@code ties} (FETCH FIRST ... WITH TIES; null otherwise) the rows that follow the last counted one
 * and equal it on these sort keys are passed too.
 */
public record Limit(PlanNode input, BoundExpr limit, BoundExpr offset, SortKey[] ties) implements PlanNode {
    public Limit(PlanNode input, BoundExpr limit, BoundExpr offset) {
        this(input, limit, offset, null);
    }

    @Override
    public int width() {
        return input.width();
    }
}
