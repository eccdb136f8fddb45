package io.pglitedb.sql.ast;

/** {@code NOT operand}. */
public record NotExpr(Expr operand, int position) implements Expr {
}
