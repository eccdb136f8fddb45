package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;

/**
 * One aggregate of an {@link Aggregate} node: the function, its argument expressions, DISTINCT,
 * {@code FILTER (WHERE filter)} (null when absent) and the ordering of its input rows.
 *
 * <p>With {@code orderKeys}, each group's input rows (argument values, then key values) are kept,
 * sorted by {@code order} (whose columns count from the start of that row) and only then fed to
 * the accumulator: {@code string_agg(x, ',' ORDER BY y)}, and ordered-set aggregates such as
 * {@code percentile_cont(0.5) WITHIN GROUP (ORDER BY x)} (arguments: the direct ones, then the
 * ordered ones). A hypothetical-set aggregate ({@code rank(3) WITHIN GROUP (ORDER BY x)}) keeps
 * only the keys and places the direct arguments, read from the first row, among them.
 *
 * <p>{@code stateOf} is the index of an earlier aggregate of the node whose transition state this
 * one shares (-1: its own): user-defined aggregates with the same transition function, initial
 * value and inputs, as PostgreSQL shares them; only the final function differs.
 */
public record AggregateCall(AggregateFunction function, BoundExpr[] arguments, boolean distinct, BoundExpr filter,
        BoundExpr[] orderKeys, SortKey[] order, boolean hypothetical, int stateOf) {
    public AggregateCall(AggregateFunction function, BoundExpr[] arguments, boolean distinct) {
        this(function, arguments, distinct, null, new BoundExpr[0], new SortKey[0], false, -1);
    }

    public AggregateCall(AggregateFunction function, BoundExpr[] arguments, boolean distinct, BoundExpr filter,
            BoundExpr[] orderKeys, SortKey[] order, boolean hypothetical) {
        this(function, arguments, distinct, filter, orderKeys, order, hypothetical, -1);
    }

    /** The same call sharing the transition state of aggregate {@code index}. */
    public AggregateCall sharingStateOf(int index) {
        return new AggregateCall(function, arguments, distinct, filter, orderKeys, order, hypothetical, index);
    }

    public boolean ordered() {
        return orderKeys.length > 0;
    }
}
