package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code SELECT [DISTINCT] items [FROM tables] [WHERE] [GROUP BY] [HAVING] [ORDER BY] [LIMIT]
 * [OFFSET]}. from is empty for SELECT without FROM; a comma list of tables is a cross join.
 * Absent clauses are null (expressions) or empty (lists). {@code LIMIT ALL} is a null limit.
 */
public record Select(boolean distinct, List<SelectItem> items, List<FromItem> from, Expr where,
        List<Expr> groupBy, Expr having, List<OrderItem> orderBy, Expr limit, Expr offset)
        implements Statement {
    public Select {
        items = List.copyOf(items);
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }
}
