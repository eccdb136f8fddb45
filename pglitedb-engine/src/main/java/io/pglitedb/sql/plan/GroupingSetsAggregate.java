package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;

/**
 * GROUP BY GROUPING SETS / ROLLUP / CUBE: aggregates the input once per grouping set. Output row:
 * every group key (NULL where the row's set does not hold it), the set's mask (an Integer with bit
 * i set when key i is absent; read by GROUPING()), then the aggregate values.
 *
 * <p>The sets are computed by sort-based rollups, as PostgreSQL's GroupAggregate does: each rollup
 * sorts the input by {@code keyOrder} and finishes its sets (longest first, each a prefix of
 * keyOrder of length {@code prefixLengths[i]}) whenever their prefix changes, so the output comes
 * in PostgreSQL's order.
 */
public record GroupingSetsAggregate(PlanNode input, BoundExpr[] groupKeys, Rollup[] rollups,
        AggregateCall[] aggregates) implements PlanNode {
    /** One chain of nested sets sharing a sort order. */
    public record Rollup(int[] keyOrder, int[] prefixLengths) {
    }

    @Override
    public int width() {
        return groupKeys.length + 1 + aggregates.length;
    }

    /** The column of the grouping-set mask. */
    public int maskColumn() {
        return groupKeys.length;
    }
}
