package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.session.ResultColumn;
import java.util.List;

/**
 * UPDATE: {@code scan} (a TableScan or KeyLookup carrying the WHERE) finds rows under the statement
 * snapshot; each is locked and re-read, {@code recheck} (nullable) is evaluated again on the
 * newest version, then {@code newRow} (one expression per column, over the old row) gives the new
 * row. RETURNING is over the new row.
 *
 * <p>With FROM ({@code from} not null), {@code recheck}, {@code newRow} and RETURNING are over the
 * target row followed by a row of {@code from}; each target row is updated with the first FROM row
 * for which {@code recheck} holds (none: not updated).
 */
public record UpdatePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] newRow,
        boolean changesKey, BoundExpr[] returning, List<ResultColumn> returningColumns, RowChecks checks,
        PlanNode from) implements StatementPlan {
    public UpdatePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] newRow,
            boolean changesKey, BoundExpr[] returning, List<ResultColumn> returningColumns, RowChecks checks) {
        this(table, scan, recheck, newRow, changesKey, returning, returningColumns, checks, null);
    }

    public UpdatePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] newRow,
            boolean changesKey, BoundExpr[] returning, List<ResultColumn> returningColumns) {
        this(table, scan, recheck, newRow, changesKey, returning, returningColumns, RowChecks.none(table));
    }
}
