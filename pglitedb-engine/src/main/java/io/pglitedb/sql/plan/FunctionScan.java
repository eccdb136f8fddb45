package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.TableFunction;

/**
 * A set-returning function in FROM (json_each, jsonb_array_elements ...): the function's rows for
 * its arguments, evaluated when the scan opens (LATERAL references arrive through slots).
 */
public record FunctionScan(TableFunction function, BoundExpr[] args) implements PlanNode {
    @Override
    public int width() {
        return function.columnTypes().size();
    }
}
