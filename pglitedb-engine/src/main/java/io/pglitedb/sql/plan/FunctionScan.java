package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.TableFunction;

/**
 * A set-returning function in FROM (generate_series, unnest, json_each ...): the function's rows
 * for its arguments, evaluated when the scan opens (LATERAL references arrive through slots); WITH
 * ORDINALITY adds a bigint row number as the last column. {@code alias} (nullable) is the query's
 * name for it, for EXPLAIN.
 */
public record FunctionScan(TableFunction function, BoundExpr[] args, boolean ordinality, String alias) implements PlanNode {
    public FunctionScan(TableFunction function, BoundExpr[] args, boolean ordinality) {
        this(function, args, ordinality, null);
    }

    @Override
    public int width() {
        return function.columnTypes().size() + (ordinality ? 1 : 0);
    }
}
