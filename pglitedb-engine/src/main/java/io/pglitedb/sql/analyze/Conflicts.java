package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Assignment;
import io.pglitedb.sql.ast.OnConflict;
import io.pglitedb.sql.plan.ConflictAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ON CONFLICT of INSERT: infers the arbiter (the primary key or unique index whose columns are
 * exactly the conflict target's, or the named constraint; every unique key when there is no
 * target) and binds DO UPDATE's SET and WHERE over the existing row and EXCLUDED, the proposed one.
 */
final class Conflicts {
    private Conflicts() {
    }

    static ConflictAction analyze(OnConflict c, TableDescriptor table, String alias, AnalyzerContext context) {
        boolean primaryKey = false;
        List<IndexDescriptor> indexes = new ArrayList<>();
        if (c.constraint() != null) {
            if (c.constraint().equals(table.primaryKeyName())) {
                primaryKey = true;
            } else {
                IndexDescriptor index = table.index(c.constraint());
                if (index == null || !index.constraint()) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" for table \"%s\" does not exist",
                            c.constraint(), table.name());
                }
                indexes.add(index);
            }
        } else if (!c.columns().isEmpty()) {
            int[] cols = new int[c.columns().size()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = table.columnIndex(c.columns().get(i));
                if (cols[i] < 0) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", c.columns().get(i));
                }
            }
            primaryKey = sameSet(table.primaryKey(), cols);
            for (IndexDescriptor index : table.indexes()) {
                if (index.unique() && !index.hasExpressionsOrPredicate() && sameSet(index.columns(), cols)) {
                    indexes.add(index);
                }
            }
            if (!primaryKey && indexes.isEmpty()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "there is no unique or exclusion constraint matching the ON CONFLICT specification");
            }
        } else {
            if (!c.doNothing()) {
                throw new PgException(SqlState.SYNTAX_ERROR,
                        "ON CONFLICT DO UPDATE requires inference specification or constraint name")
                        .withHint("For example, ON CONFLICT (column_name).").withPosition(c.position() + 1);
            }
            primaryKey = table.hasPrimaryKey();
            for (IndexDescriptor index : table.indexes()) {
                if (index.unique()) {
                    indexes.add(index);
                }
            }
        }
        for (IndexDescriptor index : indexes) {
            if (index.deferrable()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                        "ON CONFLICT does not support deferrable unique constraints/exclusion constraints as arbiters")
                        .withTable(table.schema(), table.name()).withConstraint(index.name());
            }
        }
        if (c.doNothing()) {
            return new ConflictAction(primaryKey, indexes, true, null, null);
        }
        Scope scope = new Scope();
        Tables.addToScope(scope, table, alias == null ? table.name() : alias, c.position());
        Tables.addToScope(scope, table, "excluded", c.position());
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "UPDATE");
        BoundExpr[] newRow = new BoundExpr[table.columns().size()];
        for (Assignment assignment : c.assignments()) {
            Assignments.bind(newRow, Assignments.columnIndex(table, assignment), assignment, table, analyzer, context);
        }
        Assignments.keepUnassigned(newRow, table);
        BoundExpr where = null;
        if (c.where() != null) {
            where = Coercions.toBoolean(analyzer.analyze(c.where()), "WHERE", context.parameters(),
                    c.where().position());
        }
        return new ConflictAction(primaryKey, indexes, false, newRow, where);
    }

    private static boolean sameSet(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            return false;
        }
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }
}
