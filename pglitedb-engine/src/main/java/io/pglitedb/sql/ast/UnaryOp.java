package io.pglitedb.sql.ast;

/** A prefix operator: - or +. */
public record UnaryOp(String operator, Expr operand, int position) implements Expr {
}
