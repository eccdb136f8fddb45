package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.Sort;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import java.util.Arrays;

/**
 * Runs SELECT ... FOR UPDATE / NO KEY UPDATE / SHARE / KEY SHARE of one table, placing the row
 * locking where PostgreSQL's LockRows node is: above the scan, projection and ORDER BY, below
 * LIMIT/OFFSET, so only rows actually returned (and skipped by OFFSET) are locked, and SKIP
 * LOCKED rows do not count toward the LIMIT. Each row carries its key and stored bytes in a
 * trailing column up to the lock step. A row locked after waiting is re-read at its newest
 * version: READ COMMITTED re-checks the WHERE clause on it and returns the new values (or skips
 * the row: deleted, or no longer matching), REPEATABLE READ fails with 40001, as in PostgreSQL.
 */
public final class LockingQuery {
    private LockingQuery() {
    }

    public static RowIterator open(LockingQueryPlan plan, ExecContext context) {
        if (!plan.joined().isEmpty()) {
            return JoinedRowLocks.open(plan, context);
        }
        PlanNode node = plan.query().root();
        Project keep = null;
        if (node instanceof Project p && !isScan(p.input())) {
            keep = p;
            node = p.input();
        }
        Limit limit = null;
        if (node instanceof Limit l) {
            limit = l;
            node = l.input();
        }
        Sort sort = null;
        if (node instanceof Sort s) {
            sort = s;
            node = s.input();
        }
        if (!(node instanceof Project main) || !isScan(main.input())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "FOR %s is not supported with this query yet",
                    plan.strength());
        }
        TableDescriptor table = plan.table();
        Transaction txn = context.transaction();
        txn.lockTable(context.databaseOid(), table.oid(), LockMode.ROW_SHARE, WaitPolicy.BLOCK);
        BoundExpr recheck = switch (main.input()) {
            case TableScan scan -> scan.filter();
            case KeyLookup lookup -> lookup.filter();
            case io.pglitedb.sql.plan.IndexScan scan -> scan.filter();
            case io.pglitedb.sql.plan.PrimaryKeyScan scan -> scan.filter();
            default -> throw new IllegalStateException();
        };
        RowIterator rows = new KeyedProject(Executor.open(main.input(), context), main.expressions(), context);
        if (sort != null) {
            rows = instrumented(new SortIterator(rows, sort.keys(), context, context.stats(sort)), sort, context);
        }
        rows = new LockRows(rows, table, mode(plan), policy(plan), recheck, main.expressions(), context);
        if (limit != null) {
            rows = instrumented(new LimitIterator(rows, limit, context), limit, context);
        }
        if (keep != null) {
            return new ProjectIterator(rows, keep.expressions(), context);
        }
        return new Trim(rows, main.expressions().length);
    }

    /** Under EXPLAIN ANALYZE, counts what a node the locking runs itself returns (as {@link Executor#open} does). */
    static RowIterator instrumented(RowIterator rows, PlanNode node, ExecContext context) {
        return context.instrumented() ? new InstrumentedIterator(rows, context.stats(node), context.timing(), 0) : rows;
    }

    /**
     * The node of a locking query's plan that the locking runs above: the input of its LIMIT (a
     * projection only dropping sort columns may sit above that), else the root.
     */
    static PlanNode lockedInput(PlanNode root) {
        PlanNode node = root instanceof Project p && p.input() instanceof Limit ? p.input() : root;
        return node instanceof Limit l ? l.input() : node;
    }

    /** The row lock FOR strength takes. */
    static LockMode mode(LockingQueryPlan plan) {
        return switch (plan.strength()) {
            case "UPDATE" -> LockMode.FOR_UPDATE;
            case "NO KEY UPDATE" -> LockMode.FOR_NO_KEY_UPDATE;
            case "SHARE" -> LockMode.FOR_SHARE;
            default -> LockMode.FOR_KEY_SHARE;
        };
    }

    static WaitPolicy policy(LockingQueryPlan plan) {
        return plan.waitPolicy() == null ? WaitPolicy.BLOCK
                : plan.waitPolicy().equals("NOWAIT") ? WaitPolicy.NOWAIT : WaitPolicy.SKIP;
    }

    private static boolean isScan(PlanNode node) {
        return node instanceof TableScan || node instanceof KeyLookup || node instanceof io.pglitedb.sql.plan.IndexScan
                || node instanceof io.pglitedb.sql.plan.PrimaryKeyScan;
    }

    /** The key and stored bytes of the row an output row came from (its trailing column). */
    private record Source(byte[] key, byte[] value) {
    }

    /** Projects each scanned row and appends its {@link Source}. */
    private static final class KeyedProject implements RowIterator {
        private final RowIterator input;
        private final KeyedRows keyed;
        private final BoundExpr[] expressions;
        private final ExecContext context;

        KeyedProject(RowIterator input, BoundExpr[] expressions, ExecContext context) {
            this.input = input;
            this.keyed = (KeyedRows) input;
            this.expressions = expressions;
            this.context = context;
        }

        @Override
        public Object[] next() {
            Object[] row = input.next();
            if (row == null) {
                return null;
            }
            Object[] out = project(expressions, row, context);
            out[expressions.length] = new Source(keyed.currentKey(), keyed.currentValue());
            return out;
        }

        @Override
        public void close() {
            input.close();
        }
    }

    private static Object[] project(BoundExpr[] expressions, Object[] row, ExecContext context) {
        Object[] out = new Object[expressions.length + 1];
        Object[] params = context.params();
        for (int i = 0; i < expressions.length; i++) {
            out[i] = expressions[i].eval(row, params);
        }
        return out;
    }

    /** PostgreSQL's LockRows: locks each row, re-reading and re-checking it if it changed. */
    private static final class LockRows implements RowIterator {
        private final RowIterator input;
        private final TableDescriptor table;
        private final DataType[] types;
        private final LockMode mode;
        private final WaitPolicy policy;
        private final BoundExpr recheck;
        private final BoundExpr[] expressions;
        private final ExecContext context;

        LockRows(RowIterator input, TableDescriptor table, LockMode mode, WaitPolicy policy, BoundExpr recheck,
                BoundExpr[] expressions, ExecContext context) {
            this.input = input;
            this.table = table;
            this.types = table.columnTypes();
            this.mode = mode;
            this.policy = policy;
            this.recheck = recheck;
            this.expressions = expressions;
            this.context = context;
        }

        @Override
        public Object[] next() {
            Transaction txn = context.transaction();
            Object[] out;
            while ((out = input.next()) != null) {
                context.checkCancelled();
                Source source = (Source) out[expressions.length];
                if (!txn.lockRow(source.key(), mode, policy)) {
                    if (policy == WaitPolicy.SKIP) {
                        continue;
                    }
                    throw new PgException(SqlState.LOCK_NOT_AVAILABLE, "could not obtain lock on row in relation \"%s\"",
                            table.name());
                }
                byte[] newest = txn.latest(source.key());
                if (Arrays.equals(newest, source.value())) {
                    return out;
                }
                txn.awaitReadsDurable(); // it shows a version newer than its snapshot
                if (txn.isolation().usesTransactionSnapshot()) {
                    throw new PgException(SqlState.SERIALIZATION_FAILURE,
                            "could not serialize access due to concurrent %s", newest == null ? "delete" : "update");
                }
                if (newest == null) {
                    continue; // deleted meanwhile
                }
                Object[] row = RowCodec.decode(types, newest);
                if (recheck != null && !Boolean.TRUE.equals(recheck.eval(row, context.params()))) {
                    continue; // no longer matches
                }
                Object[] fresh = project(expressions, row, context);
                fresh[expressions.length] = new Source(source.key(), newest);
                return fresh;
            }
            return null;
        }

        @Override
        public void close() {
            input.close();
        }
    }

    /** Drops the trailing source column. */
    private static final class Trim implements RowIterator {
        private final RowIterator input;
        private final int width;

        Trim(RowIterator input, int width) {
            this.input = input;
            this.width = width;
        }

        @Override
        public Object[] next() {
            Object[] row = input.next();
            return row == null ? null : Arrays.copyOf(row, width);
        }

        @Override
        public void close() {
            input.close();
        }
    }
}
