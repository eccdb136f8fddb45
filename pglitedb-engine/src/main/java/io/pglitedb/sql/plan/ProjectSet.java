package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.SetFunctionCall;

/**
 * A SELECT list with set-returning functions (PostgreSQL's ProjectSet): each input row gives as
 * many output rows as its longest function result, shorter results padded with nulls, and none
 * when every function returns no rows. The functions are either at the top of {@code expressions}
 * (they are {@link SetFunctionCall}s there), or, when some are nested inside expressions, all in
 * {@code nested}: then each step appends their values to the input row (the k-th function's
 * {@code k} places before its end, read by {@link io.pglitedb.exec.expr.SetFunctionValue}) and
 * {@code expressions} are evaluated over that row.
 */
public record ProjectSet(PlanNode input, BoundExpr[] expressions, SetFunctionCall[] nested) implements PlanNode {
    public ProjectSet(PlanNode input, BoundExpr[] expressions) {
        this(input, expressions, new SetFunctionCall[0]);
    }

    @Override
    public int width() {
        return expressions.length;
    }
}
