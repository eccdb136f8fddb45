package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.sql.ast.Assignment;
import io.pglitedb.sql.ast.DefaultExpr;

/**
 * The {@code SET column = value} lists of UPDATE, INSERT ... ON CONFLICT DO UPDATE and MERGE ...
 * UPDATE, bound into the new row: one expression per column of the table, the unassigned columns
 * keeping their old value. Each statement resolves the column itself (UPDATE through a view maps
 * it to the base table's) and passes its index.
 */
final class Assignments {
    private Assignments() {
    }

    /** The column an assignment names, or 42703. */
    static int columnIndex(TableDescriptor table, Assignment assignment) {
        int index = table.columnIndex(assignment.column());
        if (index < 0) {
            throw missingColumn(table, assignment);
        }
        return index;
    }

    static PgException missingColumn(TableDescriptor table, Assignment assignment) {
        return new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                assignment.column(), table.name()).withPosition(assignment.position() + 1);
    }

    /**
     * Binds {@code assignment} to column {@code index} of {@code newRow} with PostgreSQL's checks: a
     * column assigned twice (42601), a generated column given a value (428C9), an identity column
     * GENERATED ALWAYS given anything but DEFAULT (428C9).
     */
    static void bind(BoundExpr[] newRow, int index, Assignment assignment, TableDescriptor table,
            ExpressionAnalyzer analyzer, AnalyzerContext context) {
        if (!assignment.subscripts().isEmpty()) {
            bindSubscripted(newRow, index, assignment, table, analyzer, context);
            return;
        }
        if (newRow[index] != null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "multiple assignments to same column \"%s\"",
                    assignment.column());
        }
        ColumnDescriptor column = table.columns().get(index);
        boolean isDefault = assignment.value() instanceof DefaultExpr;
        if (column.generated() && !isDefault) {
            throw GeneratedColumns.updateError(column);
        }
        if (column.identity() == ColumnDescriptor.IDENTITY_ALWAYS && !isDefault) {
            throw new PgException(SqlState.GENERATED_ALWAYS, "column \"%s\" can only be updated to DEFAULT",
                    column.name())
                    .withDetail("Column \"" + column.name() + "\" is an identity column defined as GENERATED ALWAYS.");
        }
        newRow[index] = isDefault ? DefaultValues.of(context, column)
                : DefaultValues.assign(analyzer, assignment.value(), column, context);
    }

    /** {@code SET a[i] = x}: applied to the old value, or to the result of an earlier {@code a[j] = y}. */
    private static void bindSubscripted(BoundExpr[] newRow, int index, Assignment assignment, TableDescriptor table,
            ExpressionAnalyzer analyzer, AnalyzerContext context) {
        ColumnDescriptor column = table.columns().get(index);
        if (newRow[index] != null && !SubscriptAssignments.isSubscriptAssignment(newRow[index])) {
            throw new PgException(SqlState.SYNTAX_ERROR, "multiple assignments to same column \"%s\"",
                    assignment.column());
        }
        if (assignment.value() instanceof DefaultExpr) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot set an array element to DEFAULT")
                    .withPosition(assignment.position() + 1);
        }
        if (column.generated()) {
            throw GeneratedColumns.updateError(column);
        }
        BoundExpr source = SubscriptAssignments.source(analyzer.analyze(assignment.value()),
                assignment.value().position(), column, assignment.subscripts(), assignment.position(),
                context.parameters());
        BoundExpr base = newRow[index] != null ? newRow[index] : new ColumnValue(column.type(), index);
        newRow[index] = SubscriptAssignments.assign(analyzer, base, column, assignment.subscripts(), source);
    }

    /** The columns no assignment set keep the old row's value. */
    static BoundExpr[] keepUnassigned(BoundExpr[] newRow, TableDescriptor table) {
        for (int i = 0; i < newRow.length; i++) {
            if (newRow[i] == null) {
                newRow[i] = new ColumnValue(table.columns().get(i).type(), i);
            }
        }
        return newRow;
    }
}
