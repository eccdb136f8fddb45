package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.TableFunction;

/**
 * A set-returning function in FROM (generate_series, unnest, json_each ...): the function's rows
 * for its arguments, evaluated when the scan opens (LATERAL references arrive through slots); WITH
 * ORDINALITY adds a bigint row number as the last column. {@code alias} (nullable) is the query's
 * name for it, for EXPLAIN.
 */
public record FunctionScan(TableFunction function, BoundExpr[] args, boolean ordinality, String alias,
        java.util.List<String> columnAliases) implements PlanNode {
    public FunctionScan {
        columnAliases = columnAliases == null ? java.util.List.of() : java.util.List.copyOf(columnAliases);
    }

    public FunctionScan(TableFunction function, BoundExpr[] args, boolean ordinality) {
        this(function, args, ordinality, null, null);
    }

    /**
     * The names the query gives the columns (EXPLAIN prints them): the column aliases, else a
     * one-column function's alias or name, else the function's own column names; then
     * {@code ordinality}.
     */
    public java.util.List<String> columnNames() {
        int n = function.columnTypes().size();
        java.util.List<String> names = new java.util.ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            names.add(i < columnAliases.size() ? columnAliases.get(i)
                    : n == 1 && alias != null ? alias : function.columnNames().get(i));
        }
        if (ordinality) {
            names.add(n < columnAliases.size() ? columnAliases.get(n) : "ordinality");
        }
        return names;
    }

    @Override
    public int width() {
        return function.columnTypes().size() + (ordinality ? 1 : 0);
    }
}
