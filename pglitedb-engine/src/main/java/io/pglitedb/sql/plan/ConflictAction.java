package io.pglitedb.sql.plan;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import java.util.List;

/**
 * INSERT ... ON CONFLICT: the arbiters whose keys a new row is checked against before it is
 * inserted (the primary key when {@code primaryKey}, and these unique indexes), and what to do
 * when one already has the row's values: nothing, or update the existing row. {@code updateRow}
 * (one expression per column) and {@code where} (nullable) are over the existing row followed by
 * the proposed row (EXCLUDED).
 */
public record ConflictAction(boolean primaryKey, List<IndexDescriptor> indexes, boolean doNothing,
        BoundExpr[] updateRow, BoundExpr where) {
    public ConflictAction {
        indexes = List.copyOf(indexes);
    }
}
