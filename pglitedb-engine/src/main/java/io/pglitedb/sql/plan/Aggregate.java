package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/**
 * Groups the input by the group keys (hash aggregation) and computes the aggregates per group.
 * Output row: the group key values, then the aggregate values. Without group keys it produces
 * exactly one row, even for empty input.
 */
public record Aggregate(PlanNode input, BoundExpr[] groupKeys, AggregateCall[] aggregates) implements PlanNode {
    @Override
    public int width() {
        return groupKeys.length + aggregates.length;
    }
}
