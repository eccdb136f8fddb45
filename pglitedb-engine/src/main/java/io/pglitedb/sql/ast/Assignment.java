package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code column = value} in UPDATE SET; {@code column[i][lo:hi] = value} has the brackets in
 * {@code subscripts} (empty for a plain column).
 */
public record Assignment(String column, List<Subscript.Index> subscripts, Expr value, int position) {
    public Assignment {
        subscripts = List.copyOf(subscripts);
    }

    public Assignment(String column, Expr value, int position) {
        this(column, List.of(), value, position);
    }
}
