package io.pglitedb.sql.ast;

/**
 * {@code operand op ANY|SOME (array)} and {@code operand op ALL (array)} where the parenthesised
 * thing is an array expression, not a subquery (PostgreSQL's ScalarArrayOpExpr). Positioned at
 * the operator.
 */
public record ArrayOpExpr(Expr operand, String operator, boolean all, Expr array, int position) implements Expr {
}
