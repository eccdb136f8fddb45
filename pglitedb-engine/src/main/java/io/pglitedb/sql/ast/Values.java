package io.pglitedb.sql.ast;

import java.util.List;

/** {@code VALUES (a, b), (c, d) [ORDER BY] [LIMIT] [OFFSET]}; the columns are column1, column2, ... */
public record Values(List<List<Expr>> rows, List<OrderItem> orderBy, Expr limit, Expr offset, int position)
        implements Query {
    public Values {
        rows = rows.stream().map(List::copyOf).toList();
        orderBy = List.copyOf(orderBy);
    }
}
