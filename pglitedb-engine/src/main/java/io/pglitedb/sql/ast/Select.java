package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code SELECT [DISTINCT [ON (exprs)]] items [FROM tables] [WHERE] [GROUP BY] [HAVING] [WINDOW]
 * [ORDER BY] [LIMIT] [OFFSET]}. from is empty for SELECT without FROM; a comma list of tables is a cross join.
 * Absent clauses are null (expressions) or empty (lists). {@code LIMIT ALL} is a null limit.
 * distinctOn is empty unless DISTINCT ON was written (then distinct is true too); windows holds the
 * WINDOW clause.
 */
public record Select(boolean distinct, List<Expr> distinctOn, List<SelectItem> items, List<FromItem> from, Expr where,
        List<Expr> groupBy, Expr having, List<WindowDef> windows, List<OrderItem> orderBy, Expr limit, Expr offset)
        implements Query {
    public Select {
        windows = List.copyOf(windows);
        distinctOn = List.copyOf(distinctOn);
        items = List.copyOf(items);
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }
}
