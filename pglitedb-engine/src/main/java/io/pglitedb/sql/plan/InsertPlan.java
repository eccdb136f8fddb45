package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.session.ResultColumn;
import java.util.List;

/**
 * INSERT: for each source row, {@code newRow} (one expression per table column, over the source
 * row) gives the row to store. RETURNING expressions (nullable) are over the stored row, followed
 * by its ctid and xmin when {@code returnsSystemColumns}.
 * {@code onConflict} (nullable) is the ON CONFLICT clause.
 */
public record InsertPlan(TableDescriptor table, PlanNode source, BoundExpr[] newRow, BoundExpr[] returning,
        List<ResultColumn> returningColumns, RowChecks checks, ConflictAction onConflict,
        boolean returnsSystemColumns) implements StatementPlan {
    public InsertPlan(TableDescriptor table, PlanNode source, BoundExpr[] newRow, BoundExpr[] returning,
            List<ResultColumn> returningColumns) {
        this(table, source, newRow, returning, returningColumns, RowChecks.none(table), null, false);
    }

    public InsertPlan(TableDescriptor table, PlanNode source, BoundExpr[] newRow, BoundExpr[] returning,
            List<ResultColumn> returningColumns, RowChecks checks, ConflictAction onConflict) {
        this(table, source, newRow, returning, returningColumns, checks, onConflict, false);
    }
}
