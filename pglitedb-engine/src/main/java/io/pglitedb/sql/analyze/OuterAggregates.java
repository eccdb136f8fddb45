package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.WindowCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates (and GROUPING) of an enclosing query written inside a subquery: PostgreSQL gives an
 * aggregate to the query level of the columns its arguments read, so in
 * {@code SELECT (SELECT grouping(ss.x)) FROM ... GROUP BY ss.x} the call belongs to the outer
 * query, is computed there, and the subquery reads its value like any outer column.
 */
final class OuterAggregates {
    private OuterAggregates() {
    }

    /** Thrown when a non-aggregated query's select list meets an aggregate of its own level in a subquery. */
    static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }

    /**
     * Whether {@code f} reads columns and none of them from {@code scope}: then it belongs to an
     * enclosing level (when there is one, see {@link Level#outer()}).
     */
    static boolean belongsOutside(FuncCall f, Scope scope, Level level) {
        if (level.outer() == null) {
            return false;
        }
        List<ColumnRef> refs = new ArrayList<>();
        for (Expr child : ExprTrees.children(f)) {
            columns(child, refs);
        }
        if (refs.isEmpty()) {
            return false;
        }
        for (ColumnRef ref : refs) {
            List<String> parts = ref.parts();
            String qualifier = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
            if (qualifier != null ? scope.hasTable(qualifier) : scope.find(null, ref.column(), ref.position()) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether the call is an aggregate (built-in or user-defined) or GROUPING(). */
    static boolean isAggregateOrGrouping(FuncCall f, AnalyzerContext context) {
        return ExprTrees.isGrouping(f) || UserAggregates.isAggregate(f, context);
    }

    /** The first aggregate or GROUPING call of this level in the tree (not one of an enclosing level). */
    static FuncCall findLocal(Expr expr, Scope scope, Level level, AnalyzerContext context) {
        if (expr instanceof FuncCall f && isAggregateOrGrouping(f, context)) {
            if (!belongsOutside(f, scope, level)) {
                return f;
            }
        }
        for (Expr child : ExprTrees.children(expr)) {
            FuncCall found = findLocal(child, scope, level, context);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void columns(Expr expr, List<ColumnRef> out) {
        if (expr instanceof ColumnRef ref) {
            out.add(ref);
            return;
        }
        if (expr instanceof WindowCall) {
            return;
        }
        for (Expr child : ExprTrees.children(expr)) {
            columns(child, out);
        }
    }
}
