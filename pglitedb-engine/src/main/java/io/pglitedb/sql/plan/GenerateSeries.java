package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.DataType;

/**
 * {@code generate_series(start, stop [, step])} in FROM: one column of {@code type} (integer,
 * bigint or numeric), start to stop inclusive; the arguments are row-independent.
 */
public record GenerateSeries(BoundExpr start, BoundExpr stop, BoundExpr step, DataType type) implements PlanNode {
    @Override
    public int width() {
        return 1;
    }
}
