package io.pglitedb.sql.ast;

/**
 * A subquery used as an expression (PostgreSQL's SubLink): {@code (SELECT ...)} (SCALAR),
 * {@code EXISTS (...)}, {@code operand op ANY|SOME (...)} (ANY; {@code IN (...)} is {@code = ANY}),
 * {@code operand op ALL (...)}, {@code ARRAY(SELECT ...)} (ARRAY). operand and operator are null for SCALAR and EXISTS. {@code NOT IN}
 * is a {@link NotExpr} around the ANY form, as in PostgreSQL.
 */
public record SubqueryExpr(Kind kind, Expr operand, String operator, Query query, int position) implements Expr {
    public enum Kind { SCALAR, EXISTS, ANY, ALL, ARRAY }
}
