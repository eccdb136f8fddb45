package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;

/**
 * Reads the rows of one range of the primary key, in key order: the leading key columns equal
 * {@code range.equal()} and the next one lies between its bounds (as {@link IndexScan.Range}, over
 * the primary key's columns). Rows are stored under their primary key, so no second read is needed.
 * {@code filter} (nullable) is the whole WHERE; {@code columns} (nullable: all) the columns decoded.
 */
public record PrimaryKeyScan(TableDescriptor table, IndexScan.Range range, BoundExpr filter, boolean[] columns,
        String alias) implements PlanNode {
    public PrimaryKeyScan(TableDescriptor table, IndexScan.Range range, BoundExpr filter) {
        this(table, range, filter, null, null);
    }

    @Override
    public int width() {
        return table.columns().size();
    }
}
