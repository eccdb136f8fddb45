package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code left UNION|INTERSECT|EXCEPT [ALL] right [ORDER BY] [LIMIT] [OFFSET]}; ORDER BY and LIMIT
 * apply to the combined rows. position is the operator keyword's.
 */
public record SetOperation(Op op, boolean all, Query left, Query right, List<OrderItem> orderBy, Expr limit,
        Expr offset, int position) implements Query {
    public enum Op { UNION, INTERSECT, EXCEPT }

    public SetOperation {
        orderBy = List.copyOf(orderBy);
    }
}
