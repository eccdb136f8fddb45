package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.ExplainFormat;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.ExplainOutput;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.sql.plan.UpdatePlan;
import java.util.List;

/**
 * EXPLAIN [ANALYZE]: runs the plan first under ANALYZE (with each node instrumented, a
 * modification for real), describes it ({@link ExplainPlanBuilder}) and returns the description
 * in the format asked for: one text row per line ({@link ExplainTextFormat}), or one row holding
 * the JSON, YAML or XML document ({@link ExplainStructuredFormat}).
 */
final class ExplainIterator implements RowIterator {
    private final List<String> rows;
    private int next;

    ExplainIterator(ExplainOutput explain, ExecContext context) {
        double millis = 0;
        NodeStats modified = null;
        if (explain.options().analyze()) {
            context.instrument(explain.options().timing());
            long start = System.nanoTime();
            if (explain.modification() != null) {
                modified = modify(explain.modification(), context);
            } else {
                try (RowIterator rows = Executor.open(explain.plan(), context)) {
                    while (rows.next() != null) {
                        context.checkCancelled();
                    }
                }
            }
            millis = (System.nanoTime() - start) / 1e6;
            if (modified != null) {
                modified.nanos = System.nanoTime() - start;
                modified.firstRowNanos = modified.nanos;
            }
        }
        ExplainNode root = new ExplainPlanBuilder(explain, context).build(modified);
        io.pglitedb.sql.ast.Explain options = explain.options();
        boolean ioTiming = options.buffers() && context.systemContext().session() != null
                && "on".equals(context.systemContext().session().get("track_io_timing"));
        ExplainPlan plan = new ExplainPlan(root, options.analyze(), options.timing(), options.costs(), options.summary(),
                options.buffers(), ioTiming,
                options.settings() ? ExplainSettings.changed(context.systemContext().session()) : null,
                explain.planningNanos() / 1e6, millis);
        this.rows = options.format() == ExplainFormat.TEXT ? ExplainTextFormat.render(plan)
                : List.of(ExplainStructuredFormat.render(plan, options.format()));
    }

    /**
     * Runs an INSERT, UPDATE or DELETE under EXPLAIN ANALYZE (its node's rows are those it
     * returned), or a SELECT ... FOR UPDATE, which locks (its LockRows's rows are those returned).
     */
    private static NodeStats modify(StatementPlan modification, ExecContext context) {
        NodeStats stats = new NodeStats();
        stats.loops = 1;
        RowConsumer returned = row -> stats.rows++;
        switch (modification) {
            case InsertPlan insert -> DmlExecutor.insert(insert, context, returns(insert.returning()) ? returned : row -> { });
            case UpdatePlan update -> DmlExecutor.update(update, context, returns(update.returning()) ? returned : row -> { });
            case DeletePlan delete -> DmlExecutor.delete(delete, context, returns(delete.returning()) ? returned : row -> { });
            case LockingQueryPlan locking -> {
                try (RowIterator rows = LockingQuery.open(locking, context)) {
                    while (rows.next() != null) {
                        context.checkCancelled();
                        stats.rows++;
                    }
                }
            }
            default -> throw new IllegalStateException("not a data-modifying plan: " + modification);
        }
        return stats;
    }

    private static boolean returns(BoundExpr[] returning) {
        return returning != null && returning.length > 0;
    }

    @Override
    public Object[] next() {
        return next < rows.size() ? new Object[] {rows.get(next++)} : null;
    }

    @Override
    public void close() {
    }
}
