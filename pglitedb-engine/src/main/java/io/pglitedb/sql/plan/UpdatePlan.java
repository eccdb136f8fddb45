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
 *
 * <p>Without ONLY, the same UPDATE runs on each inheritance child and partition below the table
 * ({@code children}, run after this one). {@code movement} (nullable) is set on the plans below a
 * partitioned target: a new row outside its partition's bound leaves it and is routed from the
 * target again (PostgreSQL's cross-partition UPDATE).
 */
public record UpdatePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] newRow,
        boolean changesKey, BoundExpr[] returning, List<ResultColumn> returningColumns, RowChecks checks,
        PlanNode from, List<UpdatePlan> children, Movement movement) implements StatementPlan {
    /** Where a row that leaves its partition goes: the partitioned target's checks, and per column its column there. */
    public record Movement(RowChecks root, int[] toRoot) {
    }

    public UpdatePlan {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public UpdatePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] newRow,
            boolean changesKey, BoundExpr[] returning, List<ResultColumn> returningColumns, RowChecks checks,
            PlanNode from) {
        this(table, scan, recheck, newRow, changesKey, returning, returningColumns, checks, from, List.of(), null);
    }

    public UpdatePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] newRow,
            boolean changesKey, BoundExpr[] returning, List<ResultColumn> returningColumns, RowChecks checks) {
        this(table, scan, recheck, newRow, changesKey, returning, returningColumns, checks, null);
    }

    public UpdatePlan withInherited(List<UpdatePlan> newChildren, Movement newMovement) {
        return new UpdatePlan(table, scan, recheck, newRow, changesKey, returning, returningColumns, checks, from,
                newChildren, newMovement);
    }

    public UpdatePlan(TableDescriptor table, PlanNode scan, BoundExpr recheck, BoundExpr[] newRow,
            boolean changesKey, BoundExpr[] returning, List<ResultColumn> returningColumns) {
        this(table, scan, recheck, newRow, changesKey, returning, returningColumns, RowChecks.none(table));
    }
}
