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

    /** EXPLAIN of a query: the query's plan under one text column. */
    private static StatementPlan explain(io.pglitedb.sql.ast.Explain explain, AnalyzerContext context) {
        if (!(explain.statement() instanceof Query query)) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                    "EXPLAIN of this statement is not supported yet");
        }
        io.pglitedb.sql.plan.QueryPlan plan = new QueryAnalyzer(context, Level.TOP).plan(query);
        io.pglitedb.sql.plan.PlanNode root = ColumnPruning.prune(plan.root());
        return new io.pglitedb.sql.plan.QueryPlan(
                new io.pglitedb.sql.plan.ExplainOutput(root, explain.analyze(), explain.timing()),
                java.util.List.of(new io.pglitedb.session.ResultColumn("QUERY PLAN", 0, (short) 0,
                        io.pglitedb.types.DataType.of(io.pglitedb.types.Types.TEXT))));
    }

    public static StatementPlan analyze(Statement statement, AnalyzerContext context) {
        return switch (statement) {
            case Query query -> {
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
}
