package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Merge;
import java.util.List;

/**
 * MERGE: {@code target} reads the target table's rows (with their keys), {@code source} the data
 * source's; {@code on} and every clause's condition and new row are over a target row followed
 * by a source row (the target part all NULL for WHEN NOT MATCHED). Each source row takes the
 * first clause of its kind (matched / not matched) whose condition holds.
 */
public record MergePlan(TableDescriptor table, PlanNode target, PlanNode source, BoundExpr on, List<Clause> clauses,
        RowChecks checks) implements StatementPlan {
    public MergePlan {
        clauses = List.copyOf(clauses);
    }

    /** One WHEN clause; {@code newRow} (UPDATE, INSERT: one expression per table column) or null. */
    public record Clause(boolean matched, BoundExpr condition, Merge.Action action, BoundExpr[] newRow) {
    }
}
