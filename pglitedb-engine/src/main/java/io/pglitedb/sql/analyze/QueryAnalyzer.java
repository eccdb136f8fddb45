package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.Values;
import io.pglitedb.sql.ast.WithQuery;
import io.pglitedb.sql.plan.QueryPlan;

/**
 * Analyses any query (SELECT, VALUES, set operation, WITH) at a {@link Level}. Output columns of
 * unknown type (bare string literals) become text, except in the operands of a set operation,
 * whose types are resolved across both sides first (PostgreSQL: {@code SELECT 1 UNION SELECT '2'}
 * is integer).
 */
final class QueryAnalyzer {
    private final AnalyzerContext context;
    private final Level level;

    QueryAnalyzer(AnalyzerContext context, Level level) {
        this.context = context;
        this.level = level;
    }

    QueryPlan plan(Query query) {
        return analyze(query).toPlan();
    }

    AnalyzedQuery analyze(Query query) {
        return analyze(query, true);
    }

    /** @param resolveUnknown false for set operation operands: unknown-typed columns stay unknown */
    AnalyzedQuery analyze(Query query, boolean resolveUnknown) {
        return switch (query) {
            case Select select -> new SelectAnalyzer(context, level, resolveUnknown).analyze(select);
            case Values values -> new ValuesAnalyzer(context, level).analyze(values);
            case SetOperation setOperation -> new SetOperationAnalyzer(context, level).analyze(setOperation);
            case WithQuery with -> new WithAnalyzer(context, level).analyze(with, resolveUnknown);
        };
    }
}
