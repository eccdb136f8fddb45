package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.system.BuiltinFunctions;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import java.util.Map;

/**
 * Stored generated columns (GENERATED ALWAYS AS (expr) STORED): validating the expression when
 * the column is defined, and binding every generated column's expression over the table's row
 * for the statements that write rows (the executor computes them after the other columns).
 */
public final class GeneratedColumns {
    private GeneratedColumns() {
    }

    /**
     * Checks the generation expressions of a table being defined, as PostgreSQL does: they may
     * name only the table's plain columns, no aggregates, window or set-returning functions, only
     * immutable functions, and their value must be assignable to the column's type.
     *
     * @param expressions the expressions as written, by column name (positions for errors)
     */
    public static void validate(TableDescriptor table, Map<String, Expr> expressions, AnalyzerContext context) {
        for (Map.Entry<String, Expr> e : expressions.entrySet()) {
            ColumnDescriptor column = table.columns().get(table.columnIndex(e.getKey()));
            Expr expr = e.getValue();
            checkReferences(table, expr);
            if (ExprTrees.findAggregate(expr) != null) {
                throw new PgException(SqlState.GROUPING_ERROR,
                        "aggregate functions are not allowed in column generation expressions")
                        .withPosition(ExprTrees.findAggregate(expr).position() + 1);
            }
            if (ExprTrees.findWindowCall(expr) != null) {
                throw new PgException(SqlState.WINDOWING_ERROR,
                        "window functions are not allowed in column generation expressions")
                        .withPosition(ExprTrees.findWindowCall(expr).position() + 1);
            }
            bind(table, column, expr, context);
            if (!immutable(expr)) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "generation expression is not immutable");
            }
        }
    }

    private static void checkReferences(TableDescriptor table, Expr expr) {
        if (expr instanceof ColumnRef ref) {
            if (ref.parts().size() == 1 && table.columnIndex(ref.column()) < 0 && ref.column().equals(table.name())) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "cannot use whole-row variable in column generation expression")
                        .withDetail("This would cause the generated column to depend on its own value.")
                        .withPosition(ref.position() + 1);
            }
            int index = table.columnIndex(ref.column());
            if (index >= 0 && table.columns().get(index).generated()) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                        "cannot use generated column \"%s\" in column generation expression", ref.column())
                        .withDetail("A generated column cannot reference another generated column.")
                        .withPosition(ref.position() + 1);
            }
            return;
        }
        for (Expr child : ExprTrees.children(expr)) {
            checkReferences(table, child);
        }
    }

    static boolean immutable(Expr expr) {
        if (expr instanceof FuncCall f && BuiltinFunctions.neverImmutable(f.name())) {
            return false;
        }
        for (Expr child : ExprTrees.children(expr)) {
            if (!immutable(child)) {
                return false;
            }
        }
        return true;
    }

    private static BoundExpr bind(TableDescriptor table, ColumnDescriptor column, Expr expr, AnalyzerContext context) {
        Scope scope = Tables.scopeOf(table, null, 0);
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "column generation expressions");
        return DefaultValues.assign(analyzer, expr, column, context);
    }

    /** Each generated column's expression over the table's row (null for other columns); null when none. */
    public static BoundExpr[] bindAll(TableDescriptor table, AnalyzerContext context) {
        BoundExpr[] out = null;
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnDescriptor column = table.columns().get(i);
            if (column.generated()) {
                if (out == null) {
                    out = new BoundExpr[table.columns().size()];
                }
                out[i] = bind(table, column, DefaultValues.parseExpression(column.defaultSql()), context);
            }
        }
        return out;
    }

    /** 428C9 for a value given to a generated column by INSERT. */
    static PgException insertError(ColumnDescriptor column) {
        return new PgException(SqlState.GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \"%s\"",
                column.name()).withDetail("Column \"" + column.name() + "\" is a generated column.");
    }

    /** 428C9 for a value given to a generated column by UPDATE. */
    static PgException updateError(ColumnDescriptor column) {
        return new PgException(SqlState.GENERATED_ALWAYS, "column \"%s\" can only be updated to DEFAULT",
                column.name()).withDetail("Column \"" + column.name() + "\" is a generated column.");
    }
}
