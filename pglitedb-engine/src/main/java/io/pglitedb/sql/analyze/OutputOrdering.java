package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Sort;
import io.pglitedb.sql.plan.SortKey;
import java.util.ArrayList;
import java.util.List;

/**
 * ORDER BY / LIMIT / OFFSET over the result columns of a set operation or VALUES list, where
 * ORDER BY names output columns (by name or position) only, as in PostgreSQL.
 */
final class OutputOrdering {
    private OutputOrdering() {
    }

    static PlanNode apply(AnalyzerContext context, PlanNode plan, List<ResultColumn> columns, List<OrderItem> orderBy,
            Expr limit, Expr offset) {
        List<SortKey> keys = new ArrayList<>(orderBy.size());
        for (OrderItem item : orderBy) {
            int column = column(item.expr(), columns);
            boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : item.descending();
            keys.add(new SortKey(column, columns.get(column).type(), item.descending(), nullsFirst));
        }
        if (!keys.isEmpty()) {
            plan = new Sort(plan, keys);
        }
        if (limit != null || offset != null) {
            plan = new Limit(plan, SelectAnalyzer.count(context, limit, "LIMIT"),
                    SelectAnalyzer.count(context, offset, "OFFSET"));
        }
        return plan;
    }

    private static int column(Expr e, List<ResultColumn> columns) {
        if (e instanceof Literal l && l.kind() == Literal.Kind.INTEGER) {
            int n = Integer.parseInt(l.text());
            if (n < 1 || n > columns.size()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position %d is not in select list", n)
                        .withPosition(l.position() + 1);
            }
            return n - 1;
        }
        if (e instanceof ColumnRef ref && ref.parts().size() == 1) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(ref.column())) {
                    return i;
                }
            }
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", ref.column())
                    .withPosition(ref.position() + 1);
        }
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "invalid UNION/INTERSECT/EXCEPT ORDER BY clause")
                .withDetail("Only result column names can be used, not expressions or functions.")
                .withHint("Add the expression/function to every SELECT, or move the UNION into a FROM clause.")
                .withPosition(io.pglitedb.sql.parser.ExprPositions.leftmost(e) + 1);
    }
}
