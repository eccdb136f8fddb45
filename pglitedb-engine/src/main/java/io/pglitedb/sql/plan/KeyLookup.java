package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import java.util.List;

/**
 * Reads rows by primary key: one point read per key tuple (from {@code pk = v} or
 * {@code pk IN (...)}), never the table. Each tuple has one row-independent expression per primary
 * key column, already of that column's type. {@code filter} (nullable) is the rest of the WHERE;
 * {@code columns} (nullable: all) the columns decoded.
 */
public record KeyLookup(TableDescriptor table, List<BoundExpr[]> keys, BoundExpr filter, boolean[] columns,
        String alias) implements PlanNode {
    public KeyLookup(TableDescriptor table, List<BoundExpr[]> keys, BoundExpr filter) {
        this(table, keys, filter, null, null);
    }

    @Override
    public int width() {
        return table.columns().size();
    }
}
