package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;

/**
 * Reads every row of a table in key order; {@code filter} (nullable) drops rows early.
 * {@code columns} (nullable: all) says which columns the plan above reads; the others stay null.
 * {@code alias} (nullable: the table's name) is the name the query gave the table, for EXPLAIN.
 */
public record TableScan(TableDescriptor table, BoundExpr filter, boolean[] columns, String alias) implements PlanNode {
    public TableScan(TableDescriptor table, BoundExpr filter) {
        this(table, filter, null, null);
    }

    public TableScan(TableDescriptor table, BoundExpr filter, boolean[] columns) {
        this(table, filter, columns, null);
    }

    @Override
    public int width() {
        return table.columns().size();
    }
}
