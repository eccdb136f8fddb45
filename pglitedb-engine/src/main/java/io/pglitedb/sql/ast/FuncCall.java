package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A function or aggregate call: {@code lower(x)}, {@code count(*)} (star = true, no args),
 * {@code count(DISTINCT x)}, {@code f(a, VARIADIC arr)} (variadic = true: the last argument is the
 * array of the variadic parameter). The name is lower-cased unless it was quoted.
 */
public record FuncCall(String name, List<Expr> args, boolean star, boolean distinct, boolean variadic, int position)
        implements Expr {
    public FuncCall {
        args = List.copyOf(args);
    }

    public FuncCall(String name, List<Expr> args, boolean star, boolean distinct, int position) {
        this(name, args, star, distinct, false, position);
    }

    /** The call with a {@code pg_catalog.} qualification dropped: the built-in functions all live there. */
    public FuncCall withoutCatalogSchema() {
        return name.startsWith("pg_catalog.")
                ? new FuncCall(name.substring("pg_catalog.".length()), args, star, distinct, variadic, position) : this;
    }
}
