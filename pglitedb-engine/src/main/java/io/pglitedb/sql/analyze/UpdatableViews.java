package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.ViewDefinition;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.LogicalAnd;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.ast.WithQuery;
import io.pglitedb.sql.plan.RowChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's automatically updatable views (rewriteHandler.c view_query_is_auto_updatable): a
 * view whose query is a plain SELECT from one table or updatable view, without WITH, DISTINCT,
 * GROUP BY, HAVING, LIMIT/OFFSET, set operations, aggregates, window or set-returning functions.
 * INSERT, UPDATE and DELETE through such a view write its base table: the view's columns that are
 * plain base columns map to them, its WHERE conditions (of every view in the chain) restrict
 * UPDATE and DELETE, and WITH CHECK OPTION conditions are checked on each new row.
 */
public final class UpdatableViews {
    /** What the statement does, for PostgreSQL's messages. */
    public enum Operation {
        INSERT("insert into", "inserting into", "INSERT"),
        UPDATE("update", "updating", "UPDATE"),
        DELETE("delete from", "deleting from", "DELETE");

        final String verb;
        final String gerund;
        final String keyword;

        Operation(String verb, String gerund, String keyword) {
            this.verb = verb;
            this.gerund = gerund;
            this.keyword = keyword;
        }
    }

    /**
     * A view resolved to its base table.
     *
     * @param baseColumns for each view column, the base table's column index, or -1 when the view
     *     column is not a plain base column (not updatable)
     * @param filter the conjunction of the chain's WHERE conditions over the base row, or null
     * @param checks the CHECK OPTION conditions to check on new rows, innermost view first
     */
    public record Target(TableDescriptor view, TableDescriptor base, int[] baseColumns, BoundExpr filter,
            List<RowChecks.ViewCheck> checks) {
        /** The view's columns as names over the base row (what RETURNING and WHERE refer to). */
        Scope scope(String alias, int position) {
            Scope scope = new Scope();
            scope.addTable(alias == null ? view.name() : alias, position);
            for (int i = 0; i < baseColumns.length; i++) {
                if (baseColumns[i] >= 0) {
                    ColumnDescriptor c = base.columns().get(baseColumns[i]);
                    scope.addColumn(new Scope.Column(alias == null ? view.name() : alias, view.columns().get(i).name(),
                            c.type(), baseColumns[i], base.oid(), (short) c.attributeNumber()));
                }
            }
            return scope;
        }

        /** The base column a view column name maps to; 0A000 when the view column is not updatable. */
        int baseColumn(String viewColumn, Operation operation, int position) {
            for (int i = 0; i < view.columns().size(); i++) {
                if (view.columns().get(i).name().equals(viewColumn)) {
                    if (baseColumns[i] < 0) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot %s column \"%s\" of view \"%s\"",
                                operation == Operation.INSERT ? "insert into" : "update", viewColumn, view.name())
                                .withDetail("View columns that are not columns of their base relation are not updatable.");
                    }
                    return baseColumns[i];
                }
            }
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist", viewColumn,
                    view.name()).withPosition(position);
        }
    }

    private UpdatableViews() {
    }

    /** Resolves a view written by INSERT, UPDATE or DELETE; 55000 when it is not automatically updatable. */
    static Target resolve(TableDescriptor view, AnalyzerContext context, Operation operation) {
        return resolve(view, context, operation, false);
    }

    private static Target resolve(TableDescriptor view, AnalyzerContext context, Operation operation,
            boolean cascadedAbove) {
        Query query = Views.query(view);
        String reason = notUpdatableReason(query);
        if (reason != null) {
            throw notUpdatable(view, operation, reason);
        }
        Select select = (Select) query;
        TableRef ref = (TableRef) select.from().get(0);
        TableDescriptor lower;
        context.uses().enterView(view);
        try {
            lower = Tables.resolve(context, ref.name());
        } finally {
            context.uses().leaveView();
        }
        char option = view.view().checkOption();
        boolean checked = option != ViewDefinition.NO_CHECK || cascadedAbove;
        boolean cascade = cascadedAbove || option == ViewDefinition.CASCADED_CHECK;
        Target below;
        if (lower.isView()) {
            below = resolve(lower, context, operation, cascade);
        } else if (lower.isMaterializedView()) {
            throw notUpdatable(view, operation,
                    "Views that do not select from a single table or view are not automatically updatable.");
        } else {
            int[] identity = new int[lower.columns().size()];
            for (int i = 0; i < identity.length; i++) {
                identity[i] = i;
            }
            below = new Target(lower, lower, identity, null, List.of());
        }
        Scope lowerScope = below.scope(ref.alias() != null ? ref.alias() : lower.name(), ref.position());
        int[] mapped = new int[view.columns().size()];
        int next = 0;
        for (SelectItem item : select.items()) {
            if (item.expr() instanceof Star star) {
                for (Scope.Column c : lowerScope.columns()) {
                    if (star.qualifier() == null || star.qualifier().equals(c.tableAlias())) {
                        if (next < mapped.length) {
                            mapped[next++] = c.index();
                        }
                    }
                }
                continue;
            }
            int index = -1;
            if (item.expr() instanceof ColumnRef column && column.parts().size() <= 2) {
                Scope.Column c = lowerScope.find(column.parts().size() == 2 ? column.parts().get(0) : null,
                        column.column(), column.position());
                if (c != null) {
                    index = c.index();
                }
            }
            if (next < mapped.length) {
                mapped[next++] = index;
            }
        }
        boolean anyUpdatable = false;
        for (int m : mapped) {
            anyUpdatable |= m >= 0;
        }
        if (!anyUpdatable && operation != Operation.DELETE) {
            throw notUpdatable(view, operation, "Views that have no updatable columns are not automatically updatable.");
        }
        BoundExpr filter = below.filter();
        List<RowChecks.ViewCheck> checks = new ArrayList<>(below.checks()); // innermost first, as PostgreSQL
        if (select.where() != null) {
            ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, lowerScope, null, "WHERE");
            BoundExpr where = Coercions.toBoolean(analyzer.analyze(select.where()), "WHERE", context.parameters(),
                    select.where().position());
            filter = filter == null ? where : new LogicalAnd(filter, where);
            if (checked) {
                checks.add(new RowChecks.ViewCheck(view.name(), where));
            }
        }
        return new Target(view, below.base(), mapped, filter, checks);
    }

    private static PgException notUpdatable(TableDescriptor view, Operation operation, String reason) {
        return new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot %s view \"%s\"", operation.verb,
                view.name())
                .withDetail(reason)
                .withHint("To enable " + operation.gerund + " the view, provide an INSTEAD OF " + operation.keyword
                        + " trigger or an unconditional ON " + operation.keyword + " DO INSTEAD rule.");
    }

    /** CREATE VIEW ... WITH CHECK OPTION needs an automatically updatable view (0A000 with the reason). */
    public static void checkCheckOptionAllowed(Query query, AnalyzerContext context) {
        String reason = notUpdatableReason(query);
        if (reason == null) {
            Select select = (Select) query;
            TableDescriptor lower = Tables.find(context, ((TableRef) select.from().get(0)).name());
            if (lower != null && lower.isMaterializedView()) {
                reason = "Views that do not select from a single table or view are not automatically updatable.";
            }
        }
        if (reason != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "WITH CHECK OPTION is supported only on automatically updatable views").withHint(reason);
        }
    }

    /** Why a view query is not automatically updatable (PostgreSQL's DETAIL text), or null. */
    static String notUpdatableReason(Query query) {
        if (query instanceof WithQuery) {
            return "Views containing WITH are not automatically updatable.";
        }
        if (query instanceof SetOperation) {
            return "Views containing UNION, INTERSECT, or EXCEPT are not automatically updatable.";
        }
        if (!(query instanceof Select select)) {
            return "Views that do not select from a single table or view are not automatically updatable.";
        }
        if (select.distinct()) {
            return "Views containing DISTINCT are not automatically updatable.";
        }
        if (!select.groupBy().isEmpty()) {
            return "Views containing GROUP BY are not automatically updatable.";
        }
        if (select.having() != null) {
            return "Views containing HAVING are not automatically updatable.";
        }
        if (select.limit() != null || select.offset() != null) {
            return "Views containing LIMIT or OFFSET are not automatically updatable.";
        }
        for (SelectItem item : select.items()) {
            if (ExprTrees.findAggregate(item.expr()) != null) {
                return "Views that return aggregate functions are not automatically updatable.";
            }
            if (ExprTrees.findWindowCall(item.expr()) != null) {
                return "Views that return window functions are not automatically updatable.";
            }
        }
        List<FromItem> from = select.from();
        if (from.size() != 1 || !(from.get(0) instanceof TableRef)) {
            return "Views that do not select from a single table or view are not automatically updatable.";
        }
        return null;
    }
}
