package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.WaitPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs SELECT ... FOR UPDATE / SHARE over joins or several tables: each result row locks the rows
 * of the locked tables it joined, found by the primary keys it carries (a table without one: the
 * ctid of its hidden row id; see {@link LockingQueryPlan#joined()}); the locking sits below LIMIT/OFFSET as PostgreSQL's LockRows.
 *
 * <p>A row that changed after this statement's snapshot (it was locked by a transaction that
 * then committed): REPEATABLE READ fails with 40001; READ COMMITTED skips a deleted row and, for
 * an updated one, runs the statement again from a new snapshot (keeping the locks taken), where
 * PostgreSQL re-evaluates that result row against the new versions (EvalPlanQual). The rows are
 * therefore all locked before the first is returned.
 */
final class JoinedRowLocks {
    private JoinedRowLocks() {
    }

    /** A locked row changed under READ COMMITTED: the statement runs again from a new snapshot. */
    private static final class Changed extends RuntimeException {
        Changed() {
            super(null, null, false, false);
        }
    }

    static RowIterator open(LockingQueryPlan plan, ExecContext context) {
        Transaction txn = context.transaction();
        for (LockingQueryPlan.LockedTable locked : plan.joined()) {
            txn.lockTable(context.databaseOid(), locked.table().oid(), LockMode.ROW_SHARE, WaitPolicy.BLOCK);
        }
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (RowIterator it = pipeline(plan, context)) {
                Object[] row;
                while ((row = it.next()) != null) {
                    context.checkCancelled();
                    rows.add(Arrays.copyOf(row, plan.query().columns().size()));
                }
                return new ListRows(rows);
            } catch (Changed e) {
                txn.newStatementSnapshot();
            }
        }
    }

    /** The query's rows with their rows locked, then LIMIT/OFFSET (peeled off the plan to go above the locking). */
    private static RowIterator pipeline(LockingQueryPlan plan, ExecContext context) {
        PlanNode node = plan.query().root();
        Project keep = null;
        if (node instanceof Project p && p.input() instanceof Limit) {
            keep = p; // drops columns only sorted by: the keys are read below it, from what it projects
            node = p.input();
        }
        Limit limit = null;
        if (node instanceof Limit l) {
            limit = l;
            node = l.input();
        }
        RowIterator rows = new LockJoinedRows(Executor.open(node, context), plan, keep, context);
        if (limit != null) {
            rows = LockingQuery.instrumented(new LimitIterator(rows, limit, context), limit, context);
        }
        return keep == null ? rows : new ProjectIterator(rows, keep.expressions(), context);
    }

    /** Locks the rows each result row joined; a row some are locked by others skips (SKIP LOCKED) or fails (NOWAIT). */
    private static final class LockJoinedRows implements RowIterator {
        private final RowIterator input;
        private final LockingQueryPlan plan;
        private final LockMode mode;
        private final WaitPolicy policy;
        private final ExecContext context;

        /** The expressions of the output columns when a projection above the locking makes them; else null. */
        private final BoundExpr[] projected;

        LockJoinedRows(RowIterator input, LockingQueryPlan plan, Project above, ExecContext context) {
            this.input = input;
            this.plan = plan;
            this.projected = above == null ? null : above.expressions();
            this.mode = LockingQuery.mode(plan);
            this.policy = LockingQuery.policy(plan);
            this.context = context;
        }

        @Override
        public Object[] next() {
            Object[] row;
            next:
            while ((row = input.next()) != null) {
                context.checkCancelled();
                Transaction txn = context.transaction();
                for (LockingQueryPlan.LockedTable locked : plan.joined()) {
                    Object[] keyValues = new Object[locked.keyTypes().length];
                    for (int i = 0; i < keyValues.length; i++) {
                        int column = locked.keyColumn() + i;
                        keyValues[i] = projected == null ? row[column] : projected[column].eval(row, context.params());
                    }
                    byte[] key = locked.table().primaryKey().length == 0 // the ctid of the hidden row id
                            ? RowKeys.rowIdKey(context.databaseOid(), locked.table(),
                                    RowSystemValues.rowNumber((Long) keyValues[0]))
                            : RowKeys.primaryKeyFromValues(context.databaseOid(), locked.table(), locked.keyTypes(),
                                    keyValues);
                    if (!txn.lockRow(key, mode, policy)) {
                        if (policy == WaitPolicy.SKIP) {
                            continue next;
                        }
                        throw new PgException(SqlState.LOCK_NOT_AVAILABLE,
                                "could not obtain lock on row in relation \"%s\"", locked.table().name());
                    }
                    byte[] newest = txn.latest(key);
                    if (Arrays.equals(newest, txn.get(key))) {
                        continue;
                    }
                    txn.awaitReadsDurable(); // it shows a version newer than its snapshot
                    if (txn.isolation().usesTransactionSnapshot()) {
                        throw new PgException(SqlState.SERIALIZATION_FAILURE,
                                "could not serialize access due to concurrent %s", newest == null ? "delete" : "update");
                    }
                    if (newest == null) {
                        continue next; // deleted meanwhile: the joined row is gone
                    }
                    throw new Changed();
                }
                return row;
            }
            return null;
        }

        @Override
        public void close() {
            input.close();
        }
    }

    /** The locked rows, returned after all were locked. */
    private static final class ListRows implements RowIterator {
        private final List<Object[]> rows;
        private int next;

        ListRows(List<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public Object[] next() {
            return next < rows.size() ? rows.get(next++) : null;
        }

        @Override
        public void close() {
        }
    }
}
