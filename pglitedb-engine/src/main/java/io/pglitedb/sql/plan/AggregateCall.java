package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;

/** One aggregate of an {@link Aggregate} node: the function, its argument expressions, DISTINCT. */
public record AggregateCall(AggregateFunction function, BoundExpr[] arguments, boolean distinct) {
}
