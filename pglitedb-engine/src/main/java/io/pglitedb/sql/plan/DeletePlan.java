package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.session.ResultColumn;
import java.util.List;

/**
 * DELETE: like {@link UpdatePlan} without new values; RETURNING is over the deleted row. With
 * USING ({@code using} not null) the recheck and RETURNING are over the row followed by a USING row.
 * Without ONLY, the same DELETE runs on each inheritance child and partition below ({@code children}).
 */
public record DeletePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] returning,
        List<ResultColumn> returningColumns, RowChecks checks, PlanNode using, List<DeletePlan> children)
        implements StatementPlan {
    public DeletePlan {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public DeletePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] returning,
            List<ResultColumn> returningColumns, RowChecks checks, PlanNode using) {
        this(table, scan, recheck, returning, returningColumns, checks, using, List.of());
    }

    public DeletePlan withChildren(List<DeletePlan> newChildren) {
        return new DeletePlan(table, scan, recheck, returning, returningColumns, checks, using, newChildren);
    }

    public DeletePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] returning,
            List<ResultColumn> returningColumns, RowChecks checks) {
        this(table, scan, recheck, returning, returningColumns, checks, null);
    }

    public DeletePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] returning,
            List<ResultColumn> returningColumns) {
        this(table, scan, recheck, returning, returningColumns, RowChecks.none(table));
    }
}
