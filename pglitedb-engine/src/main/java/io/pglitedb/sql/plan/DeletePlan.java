package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.session.ResultColumn;
import java.util.List;

/**
 * DELETE: like {@link UpdatePlan} without new values; RETURNING is over the deleted row. With
 * USING ({@code using} not null) the recheck and RETURNING are over the row followed by a USING row.
 */
public record DeletePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] returning,
        List<ResultColumn> returningColumns, RowChecks checks, PlanNode using) implements StatementPlan {
    public DeletePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] returning,
            List<ResultColumn> returningColumns, RowChecks checks) {
        this(table, scan, recheck, returning, returningColumns, checks, null);
    }

    public DeletePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] returning,
            List<ResultColumn> returningColumns) {
        this(table, scan, recheck, returning, returningColumns, RowChecks.none(table));
    }
}
