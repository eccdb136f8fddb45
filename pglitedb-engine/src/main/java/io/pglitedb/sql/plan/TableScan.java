package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;

/** Reads every row of a table in key order; {@code filter} (nullable) drops rows early. */
public record TableScan(TableDescriptor table, BoundExpr filter) implements PlanNode {
    @Override
    public int width() {
        return table.columns().size();
    }
}
