package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ObjectNames;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.TableConstraint;
import java.util.List;
import java.util.function.Predicate;

/**
 * CHECK constraints: naming and validating them when defined, and binding their stored text to
 * expressions over a table's row when a statement writes rows.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * A CHECK constraint of a table with these columns. Unnamed ones are called
     * table_column_check after the constraint's column (a column constraint) or the first column
     * the condition names, or table_check when it names none (ChooseConstraintName).
     */
    static CheckConstraint define(TableConstraint c, String tableName, List<ColumnDescriptor> columns,
            AnalyzerContext context, Predicate<String> constraintTaken) {
        TableDescriptor probe = new TableDescriptor(0, "", tableName, columns, new int[0], null,
                1);
        bind(probe, c.check(), context);
        String name = c.name();
        if (name == null) {
            String column = c.columns().isEmpty() ? onlyColumn(c.check()) : c.columns().get(0);
            name = ObjectNames.choose(tableName, column, "check", constraintTaken);
        } else if (constraintTaken.test(name)) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"%s\" for relation \"%s\" already exists", name,
                    tableName);
        }
        return new CheckConstraint(name, SqlText.of(c.check()));
    }

    /** A CHECK constraint added to an existing table (ALTER TABLE ADD CONSTRAINT). */
    public static CheckConstraint define(TableConstraint c, TableDescriptor table, AnalyzerContext context,
            Predicate<String> constraintTaken) {
        // a name given is unique per table (PostgreSQL's ConstraintNameIsUsed); a chosen one per schema
        Predicate<String> taken = c.name() != null ? n -> table.constraintNames().contains(n) : constraintTaken;
        return define(c, table.name(), table.columns(), context, taken);
    }

    /** Analyses a condition over the table's row: boolean, no aggregates. */
    static BoundExpr bind(TableDescriptor table, Expr check, AnalyzerContext context) {
        if (ExprTrees.findAggregate(check) != null) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in check constraints")
                    .withPosition(ExprTrees.findAggregate(check).position() + 1);
        }
        Scope scope = Tables.scopeOf(table, null, 0);
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "check constraints");
        return Coercions.toBoolean(analyzer.analyze(check), "CHECK", context.parameters(), check.position());
    }

    /** Validates a row-level security policy's condition over the table's row (CREATE / ALTER POLICY). */
    public static void bindPolicy(TableDescriptor table, Expr condition, AnalyzerContext context) {
        if (ExprTrees.findAggregate(condition) != null) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in policy expressions")
                    .withPosition(ExprTrees.findAggregate(condition).position() + 1);
        }
        Scope scope = Tables.scopeOf(table, null, 0);
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "policy expressions");
        Coercions.toBoolean(analyzer.analyze(condition), "POLICY", context.parameters(), condition.position());
    }

    /**
     * The table's CHECK constraints bound over its row, in order. The columns they read need no
     * SELECT privilege of the user (PostgreSQL checks constraints without privilege checks).
     */
    public static BoundExpr[] bindAll(TableDescriptor table, AnalyzerContext context) {
        context = context.withAccess(new io.pglitedb.security.AccessRequirements());
        List<CheckConstraint> checks = table.checks();
        BoundExpr[] bound = new BoundExpr[checks.size()];
        for (int i = 0; i < bound.length; i++) {
            bound[i] = bind(table, DefaultValues.parseExpression(checks.get(i).expressionSql()), context);
        }
        return bound;
    }

    /** The column the condition names when it names exactly one (AddRelationNewConstraints), else null. */
    private static String onlyColumn(Expr e) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        columns(e, names);
        return names.size() == 1 ? names.iterator().next() : null;
    }

    private static void columns(Expr e, java.util.Set<String> names) {
        if (e instanceof ColumnRef ref) {
            names.add(ref.column());
            return;
        }
        for (Expr child : ExprTrees.children(e)) {
            columns(child, names);
        }
    }
}
