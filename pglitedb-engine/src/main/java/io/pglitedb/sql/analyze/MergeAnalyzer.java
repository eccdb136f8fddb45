package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.Privileges;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Assignment;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.DefaultExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Merge;
import io.pglitedb.sql.plan.MergePlan;
import io.pglitedb.sql.plan.TableScan;
import java.util.ArrayList;
import java.util.List;

/**
 * MERGE (PostgreSQL 15): the data source is planned as a FROM item; the ON condition, the WHEN
 * conditions and UPDATE SET values see the target row followed by the source row; INSERT values
 * see only the source row (a reference to the target is 42P01 "invalid reference").
 */
final class MergeAnalyzer {
    private final AnalyzerContext context;

    MergeAnalyzer(AnalyzerContext context) {
        this.context = context;
    }

    MergePlan merge(Merge merge) {
        TableDescriptor table = Tables.resolve(context, merge.target());
        if (table.view() != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot execute MERGE on relation \"%s\"", table.name())
                    .withDetail("This operation is not supported for " + (table.isView() ? "views." : "materialized views."));
        }
        for (Merge.When when : merge.whens()) {
            int privilege = switch (when.action()) {
                case UPDATE -> Privileges.UPDATE;
                case DELETE -> Privileges.DELETE;
                case INSERT -> Privileges.INSERT;
                case NOTHING -> 0;
            };
            if (privilege != 0) {
                context.access().modify(table.oid(), table.name(), privilege);
            }
        }
        String targetName = merge.alias() != null ? merge.alias() : table.name();
        Scope targetScope = Tables.scopeOf(table, merge.alias(), merge.target().position());
        FromAnalyzer.Relation source = new FromAnalyzer(context, context.slots().statementLevel()).analyze(List.of(merge.source()), null);
        for (Scope.Column c : source.scope().columns()) {
            if (targetName.equals(c.tableAlias())) {
                throw new PgException(SqlState.DUPLICATE_ALIAS, "name \"%s\" specified more than once", targetName)
                        .withDetail("The name is used both as MERGE target table and data source.");
            }
        }
        int width = table.columns().size();
        Scope scope = ModifyAnalyzer.joined(targetScope, table.columns().size(), source);
        Scope sourceOnly = new Scope();
        sourceOnly.addAll(source.scope(), width);
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "MERGE");
        BoundExpr on = Coercions.toBoolean(analyzer.analyze(merge.on()), "JOIN/ON", context.parameters(),
                merge.on().position());
        List<MergePlan.Clause> clauses = new ArrayList<>();
        for (Merge.When when : merge.whens()) {
            BoundExpr condition = null;
            if (when.condition() != null) {
                ExpressionAnalyzer conditionAnalyzer = when.matched() ? analyzer
                        : new ExpressionAnalyzer(context, sourceOnly, null, "MERGE");
                if (!when.matched()) {
                    checkNoTarget(when.condition(), targetName);
                }
                condition = Coercions.toBoolean(conditionAnalyzer.analyze(when.condition()), "WHEN",
                        context.parameters(), when.condition().position());
            }
            BoundExpr[] newRow = switch (when.action()) {
                case UPDATE -> update(table, when, analyzer);
                case INSERT -> insert(table, when, new ExpressionAnalyzer(context, sourceOnly, null, "VALUES"),
                        targetName);
                case DELETE, NOTHING -> null;
            };
            clauses.add(new MergePlan.Clause(when.matched(), condition, when.action(), newRow));
        }
        return new MergePlan(table, new TableScan(table, null), source.plan(), on, clauses,
                ConstraintBinder.of(table, context));
    }

    private BoundExpr[] update(TableDescriptor table, Merge.When when, ExpressionAnalyzer analyzer) {
        BoundExpr[] newRow = new BoundExpr[table.columns().size()];
        for (Assignment assignment : when.assignments()) {
            int index = Assignments.columnIndex(table, assignment);
            context.access().updated(table.oid(), table.name(), table.columns().get(index).attributeNumber());
            Assignments.bind(newRow, index, assignment, table, analyzer, context);
        }
        return Assignments.keepUnassigned(newRow, table);
    }

    private BoundExpr[] insert(TableDescriptor table, Merge.When when, ExpressionAnalyzer analyzer, String targetName) {
        List<ColumnDescriptor> columns = table.columns();
        List<Integer> targets = new ArrayList<>();
        if (when.columns().isEmpty()) {
            int given = when.values() == null ? 0 : Math.min(when.values().size(), columns.size());
            for (int i = 0; i < given; i++) {
                targets.add(i);
            }
        } else {
            for (int i = 0; i < when.columns().size(); i++) {
                String name = when.columns().get(i);
                int index = table.columnIndex(name);
                if (index < 0) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                            name, table.name()).withPosition(when.columnPositions().get(i) + 1);
                }
                if (targets.contains(index)) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", name)
                            .withPosition(when.columnPositions().get(i) + 1);
                }
                targets.add(index);
            }
        }
        List<Expr> values = when.values() == null ? List.of() : when.values();
        if (values.size() > targets.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                    .withPosition(values.get(targets.size()).position() + 1);
        }
        if (values.size() < targets.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                    .withPosition(values.isEmpty() ? 0 : values.get(0).position() + 1);
        }
        BoundExpr[] newRow = new BoundExpr[columns.size()];
        for (int i = 0; i < targets.size(); i++) {
            int index = targets.get(i);
            ColumnDescriptor column = columns.get(index);
            Expr value = values.get(i);
            context.access().inserted(table.oid(), table.name(), column.attributeNumber());
            if (value instanceof DefaultExpr) {
                newRow[index] = DefaultValues.of(context, column);
                continue;
            }
            if (column.generated()) {
                throw GeneratedColumns.insertError(column);
            }
            if (column.identity() == ColumnDescriptor.IDENTITY_ALWAYS && !when.overridingSystemValue()) {
                throw new PgException(SqlState.GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \"%s\"",
                        column.name())
                        .withDetail("Column \"" + column.name() + "\" is an identity column defined as GENERATED ALWAYS.")
                        .withHint("Use OVERRIDING SYSTEM VALUE to override.");
            }
            checkNoTarget(value, targetName);
            newRow[index] = DefaultValues.assign(analyzer, value, column, context);
        }
        for (int i = 0; i < newRow.length; i++) {
            if (newRow[i] == null) {
                newRow[i] = DefaultValues.of(context, columns.get(i));
            }
        }
        return newRow;
    }

    /** WHEN NOT MATCHED has no target row: naming it is 42P01, as in PostgreSQL. */
    private static void checkNoTarget(Expr expr, String targetName) {
        if (expr instanceof ColumnRef ref && ref.parts().size() > 1
                && ref.parts().get(ref.parts().size() - 2).equals(targetName)) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "invalid reference to FROM-clause entry for table \"%s\"",
                    targetName).withPosition(ref.position() + 1)
                    .withHint("There is an entry for table \"" + targetName
                            + "\", but it cannot be referenced from this part of the query.");
        }
        for (Expr child : ExprTrees.children(expr)) {
            checkNoTarget(child, targetName);
        }
    }
}
