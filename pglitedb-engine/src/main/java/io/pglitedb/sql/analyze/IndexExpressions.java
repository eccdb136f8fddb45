package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.IndexKeys;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.SubqueryExpr;

/**
 * The expressions of expression indexes and the predicates of partial indexes: validated when
 * the index is created (PostgreSQL's ComputeIndexAttrs and CheckPredicate rules), stored as SQL
 * text, and bound again over the table's row when rows are written.
 */
public final class IndexExpressions {
    private IndexExpressions() {
    }

    /** Validates an index element's expression over the table's row; returns it bound (its type is the key's). */
    public static BoundExpr checkExpression(TableDescriptor table, Expr expr, AnalyzerContext context) {
        return check(table, expr, context, "index expressions", "index expression", false);
    }

    /** Validates a partial index's WHERE condition over the table's row. */
    public static BoundExpr checkPredicate(TableDescriptor table, Expr predicate, AnalyzerContext context) {
        return check(table, predicate, context, "index predicates", "index predicate", true);
    }

    private static BoundExpr check(TableDescriptor table, Expr expr, AnalyzerContext context, String plural,
            String singular, boolean predicate) {
        FuncCall aggregate = ExprTrees.findAggregate(expr);
        if (aggregate != null) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in %s", plural)
                    .withPosition(aggregate.position() + 1);
        }
        if (ExprTrees.findWindowCall(expr) != null) {
            throw new PgException(SqlState.WINDOWING_ERROR, "window functions are not allowed in %s", plural)
                    .withPosition(ExprTrees.findWindowCall(expr).position() + 1);
        }
        Expr subquery = findSubquery(expr);
        if (subquery != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot use subquery in %s", singular)
                    .withPosition(subquery.position() + 1);
        }
        BoundExpr bound = bind(table, expr, context, plural, predicate);
        if (!GeneratedColumns.immutable(expr)) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "functions in %s must be marked IMMUTABLE",
                    singular);
        }
        return bound;
    }

    private static BoundExpr bind(TableDescriptor table, Expr expr, AnalyzerContext context, String clause,
            boolean predicate) {
        context = context.withAccess(new io.pglitedb.security.AccessRequirements());
        Scope scope = Tables.scopeOf(table, null, 0);
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, clause);
        BoundExpr bound = analyzer.analyze(expr);
        return predicate ? Coercions.toBoolean(bound, "WHERE", context.parameters(),
                io.pglitedb.sql.parser.ExprPositions.leftmost(expr)) : bound;
    }

    private static Expr findSubquery(Expr expr) {
        if (expr instanceof SubqueryExpr) {
            return expr;
        }
        for (Expr child : ExprTrees.children(expr)) {
            Expr found = findSubquery(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The type of a stored index expression over the table's row. */
    public static io.pglitedb.types.DataType type(TableDescriptor table, String sql, AnalyzerContext context) {
        return bind(table, DefaultValues.parseExpression(sql), context, "index expressions", false).type();
    }

    /** The index's expressions and predicate bound over the table's row, for writing its entries. */
    public static IndexKeys.Bound bind(TableDescriptor table, IndexDescriptor index, AnalyzerContext context) {
        BoundExpr[] expressions = new BoundExpr[index.columnCount()];
        for (int i = 0; i < expressions.length; i++) {
            String sql = index.expression(i);
            if (sql != null) {
                expressions[i] = bind(table, DefaultValues.parseExpression(sql), context, "index expressions", false);
            }
        }
        BoundExpr predicate = index.predicate() == null ? null
                : bind(table, DefaultValues.parseExpression(index.predicate()), context, "index predicates", true);
        return new IndexKeys.Bound(expressions, predicate);
    }
}
