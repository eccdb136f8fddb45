package io.pglitedb.sql.ast;

import java.util.List;

/** {@code operand [NOT] IN (v1, v2, ...)}. */
public record InList(Expr operand, List<Expr> values, boolean negated, int position) implements Expr {
    public InList {
        values = List.copyOf(values);
    }
}
