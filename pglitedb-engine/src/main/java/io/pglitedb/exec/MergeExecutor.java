package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.Merge;
import io.pglitedb.sql.plan.MergePlan;
import io.pglitedb.txn.LockMode;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs MERGE: the source rows and the target rows are read first (under the statement's
 * snapshot, so the statement never sees its own changes); for each source row, the target rows
 * the ON condition joins it to take the first WHEN MATCHED clause that applies (each target row
 * at most once: 21000 otherwise), and a source row that joins none takes the first WHEN NOT
 * MATCHED clause that applies. Rows are written through {@link DmlExecutor} (constraints,
 * indexes, foreign keys, generated columns).
 */
public final class MergeExecutor {
    private MergeExecutor() {
    }

    /** @return the number of rows inserted, updated or deleted */
    public static long merge(MergePlan plan, ExecContext context) {
        TableDescriptor table = plan.table();
        DmlExecutor.lockForWriting(table, context);
        DataType[] types = table.columnTypes();
        int[] pk = table.primaryKey();
        Object[] params = context.params();
        List<Object[]> sources = DmlExecutor.materialize(plan.source(), context);
        List<DmlExecutor.FoundRow> targets = DmlExecutor.findRows(plan.target(), context);
        Set<Integer> changed = new HashSet<>();
        Object[] noTarget = new Object[types.length];
        long count = 0;
        for (Object[] source : sources) {
            context.checkCancelled();
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                if (Boolean.TRUE.equals(plan.on().eval(DmlExecutor.concat(targets.get(i).row(), source), params))) {
                    matches.add(i);
                }
            }
            if (matches.isEmpty()) {
                Object[] combined = DmlExecutor.concat(noTarget, source);
                MergePlan.Clause clause = firstApplying(plan, false, combined, params);
                if (clause != null && clause.action() == Merge.Action.INSERT) {
                    Object[] row = new Object[types.length];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = clause.newRow()[c].eval(combined, params);
                    }
                    DmlExecutor.insertRow(plan.checks(), types, pk, row, context);
                    count++;
                }
                continue;
            }
            for (int i : matches) {
                DmlExecutor.FoundRow found = targets.get(i);
                MergePlan.Clause clause = firstApplying(plan, true, DmlExecutor.concat(found.row(), source), params);
                if (clause == null || clause.action() == Merge.Action.NOTHING) {
                    continue;
                }
                if (!changed.add(i)) {
                    throw new PgException(SqlState.CARDINALITY_VIOLATION, "MERGE command cannot affect row a second time")
                            .withHint("Ensure that not more than one source row matches any one target row.");
                }
                Object[] row = DmlExecutor.newestVersion(found, types, null,
                        clause.action() == Merge.Action.DELETE ? LockMode.FOR_UPDATE : LockMode.FOR_NO_KEY_UPDATE,
                        context);
                if (row == null) {
                    continue; // deleted meanwhile
                }
                Object[] combined = DmlExecutor.concat(row, source);
                if (clause.action() == Merge.Action.DELETE) {
                    DmlExecutor.deleteRow(plan.checks(), types, found.key(), row, context);
                } else {
                    Object[] newRow = new Object[types.length];
                    for (int c = 0; c < newRow.length; c++) {
                        newRow[c] = clause.newRow()[c].eval(combined, params);
                    }
                    DmlExecutor.updateRow(plan.checks(), types, found.key(), row, newRow, context);
                }
                count++;
            }
        }
        return count;
    }

    private static MergePlan.Clause firstApplying(MergePlan plan, boolean matched, Object[] combined, Object[] params) {
        for (MergePlan.Clause clause : plan.clauses()) {
            if (clause.matched() == matched
                    && (clause.condition() == null || Boolean.TRUE.equals(clause.condition().eval(combined, params)))) {
                return clause;
            }
        }
        return null;
    }
}
