package io.pglitedb.sql.ast;

/** {@code operand [NOT] BETWEEN [SYMMETRIC] low AND high}. */
public record Between(Expr operand, Expr low, Expr high, boolean negated, boolean symmetric, int position)
        implements Expr {
}
