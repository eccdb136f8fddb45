package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code ARRAY[a, b, ...]} (PostgreSQL's A_ArrayExpr). Inner brackets of a multi-dimensional
 * constructor ({@code ARRAY[[1,2],[3,4]]}) are ArrayExprs too, with {@code keyword} false.
 */
public record ArrayExpr(List<Expr> elements, boolean keyword, int position) implements Expr {
    public ArrayExpr {
        elements = List.copyOf(elements);
    }
}
