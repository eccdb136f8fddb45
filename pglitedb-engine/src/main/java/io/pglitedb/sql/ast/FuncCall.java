package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A function or aggregate call: {@code lower(x)}, {@code count(*)} (star = true, no args),
 * {@code count(DISTINCT x)}, {@code f(a, VARIADIC arr)} (variadic = true: the last argument is the
 * array of the variadic parameter). The name is lower-cased unless it was quoted. An aggregate
 * may carry {@code ORDER BY} inside its parentheses ({@code order}), or be an ordered-set
 * aggregate {@code f(direct args) WITHIN GROUP (ORDER BY ...)} (withinGroup: order holds the
 * aggregated arguments), and {@code FILTER (WHERE filter)}.
 */
public record FuncCall(String name, List<Expr> args, boolean star, boolean distinct, boolean variadic,
        List<OrderItem> order, boolean withinGroup, Expr filter, int position) implements Expr {
    public FuncCall {
        args = List.copyOf(args);
        order = List.copyOf(order);
    }

    public FuncCall(String name, List<Expr> args, boolean star, boolean distinct, boolean variadic, int position) {
        this(name, args, star, distinct, variadic, List.of(), false, null, position);
    }

    public FuncCall(String name, List<Expr> args, boolean star, boolean distinct, int position) {
        this(name, args, star, distinct, false, position);
    }

    /** The call with a {@code pg_catalog.} qualification dropped: the built-in functions all live there. */
    public FuncCall withoutCatalogSchema() {
        return name.startsWith("pg_catalog.")
                ? new FuncCall(name.substring("pg_catalog.".length()), args, star, distinct, variadic, order,
                        withinGroup, filter, position) : this;
    }

    /** True when ORDER BY, WITHIN GROUP or FILTER make this an aggregate-only form. */
    public boolean hasAggregateClauses() {
        return !order.isEmpty() || withinGroup || filter != null;
    }
}
