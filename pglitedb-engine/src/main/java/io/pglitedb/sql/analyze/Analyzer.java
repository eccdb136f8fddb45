package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.Delete;
import io.pglitedb.sql.ast.Insert;
import io.pglitedb.sql.ast.LockedQuery;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.Update;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.sql.plan.UtilityPlan;

/**
 * Entry point of analysis and planning: names resolved against the catalog, types checked and
 * coerced, parameters typed, and a plan chosen. Utility statements pass through to the session.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /** EXPLAIN of a query (SELECT ... FOR UPDATE too), INSERT, UPDATE or DELETE: its plan under one text (FORMAT JSON: json) column. */
    private static StatementPlan explain(io.pglitedb.sql.ast.Explain explain, AnalyzerContext context) {
        long start = System.nanoTime();
        io.pglitedb.sql.plan.PlanNode root;
        StatementPlan modification = null;
        switch (explain.statement()) {
            case Query query -> root = ColumnPruning.prune(new QueryAnalyzer(context, Level.TOP).plan(query).root());
            case LockedQuery locked -> {
                StatementPlan plan = LockingAnalyzer.analyze(locked, context);
                if (plan instanceof io.pglitedb.sql.plan.LockingQueryPlan locking) {
                    modification = locking; // shown with its LockRows, run by its own executor under ANALYZE
                    root = locking.query().root();
                } else {
                    root = ((io.pglitedb.sql.plan.QueryPlan) plan).root(); // locks nothing (no FROM)
                }
            }
            case io.pglitedb.sql.ast.Insert i -> {
                modification = analyzeStatement(i, context);
                root = ((io.pglitedb.sql.plan.InsertPlan) modification).source();
            }
            case io.pglitedb.sql.ast.Update u -> {
                modification = analyzeStatement(u, context);
                root = ((io.pglitedb.sql.plan.UpdatePlan) modification).scan();
            }
            case io.pglitedb.sql.ast.Delete d -> {
                modification = analyzeStatement(d, context);
                root = ((io.pglitedb.sql.plan.DeletePlan) modification).scan();
            }
            default -> throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                    "EXPLAIN of this statement is not supported yet");
        }
        return new io.pglitedb.sql.plan.QueryPlan(
                new io.pglitedb.sql.plan.ExplainOutput(root, modification, explain, System.nanoTime() - start),
                java.util.List.of(new io.pglitedb.session.ResultColumn("QUERY PLAN", 0, (short) 0,
                        io.pglitedb.types.DataType.of(explain.format() == io.pglitedb.sql.ast.ExplainFormat.JSON
                                ? io.pglitedb.types.Types.JSON : io.pglitedb.types.Types.TEXT))));
    }

    public static StatementPlan analyze(Statement statement, AnalyzerContext context) {
        context.slots().startStatement();
        try {
            return withModifications(analyzeStatement(statement, context), context);
        } catch (RowSystemColumns.Needed e) {
            if (context.rowSystemColumns()) {
                throw e;
            }
            return analyze(statement, context.withRowSystemColumns());
        }
    }

    /** A statement's plan without its data-modifying WITH queries (those run from the outermost plan). */
    static StatementPlan analyzeStatement(Statement statement, AnalyzerContext context) {
        return switch (statement) {
            case io.pglitedb.sql.ast.WithStatement with -> {
                Ctes ctes = new WithAnalyzer(context, Level.TOP).declare(with.recursive(), with.ctes(), true);
                context.slots().setStatementCtes(ctes);
                yield analyzeStatement(with.body(), context);
            }
            case Query query -> {
                context.slots().setTopWith(query);
                io.pglitedb.sql.plan.QueryPlan plan = new QueryAnalyzer(context, Level.TOP).plan(query);
                yield new io.pglitedb.sql.plan.QueryPlan(ColumnPruning.prune(plan.root()), plan.columns());
            }
            case LockedQuery locked -> LockingAnalyzer.analyze(locked, context);
            case io.pglitedb.sql.ast.Explain explain -> explain(explain, context);
            case Insert insert -> new ModifyAnalyzer(context).insert(insert);
            case Update update -> new ModifyAnalyzer(context).update(update);
            case Delete delete -> new ModifyAnalyzer(context).delete(delete);
            case io.pglitedb.sql.ast.Merge merge -> new MergeAnalyzer(context).merge(merge);
            default -> new UtilityPlan(statement);
        };
    }

    /** The plan running the statement's data-modifying WITH queries first, when it has any. */
    private static StatementPlan withModifications(StatementPlan plan, AnalyzerContext context) {
        java.util.List<io.pglitedb.sql.plan.ModifyingCtes.Modification> m = context.slots().modifications();
        if (m.isEmpty()) {
            return plan;
        }
        return switch (plan) {
            case io.pglitedb.sql.plan.QueryPlan q -> new io.pglitedb.sql.plan.QueryPlan(
                    new io.pglitedb.sql.plan.ModifyingCtes(m, q.root()), q.columns());
            case io.pglitedb.sql.plan.InsertPlan i -> new io.pglitedb.sql.plan.InsertPlan(i.table(),
                    new io.pglitedb.sql.plan.ModifyingCtes(m, i.source()), i.newRow(), i.returning(),
                    i.returningColumns(), i.checks(), i.onConflict());
            case io.pglitedb.sql.plan.UpdatePlan u -> new io.pglitedb.sql.plan.UpdatePlan(u.table(),
                    new io.pglitedb.sql.plan.ModifyingCtes(m, u.scan()), u.recheck(), u.newRow(), u.changesKey(),
                    u.returning(), u.returningColumns(), u.checks(), u.from(), u.children(), u.movement());
            case io.pglitedb.sql.plan.DeletePlan d -> new io.pglitedb.sql.plan.DeletePlan(d.table(),
                    new io.pglitedb.sql.plan.ModifyingCtes(m, d.scan()), d.recheck(), d.returning(),
                    d.returningColumns(), d.checks(), d.using(), d.children());
            default -> throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                    "data-modifying statements in WITH is not supported yet for this statement");
        };
    }
}
