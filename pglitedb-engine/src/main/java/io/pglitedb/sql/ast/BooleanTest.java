package io.pglitedb.sql.ast;

/**
 * {@code operand IS [NOT] TRUE | FALSE | UNKNOWN}. Never null-valued: {@code NULL IS TRUE} is false,
 * {@code NULL IS UNKNOWN} is true (PostgreSQL's BooleanTest).
 */
public record BooleanTest(Expr operand, Kind kind, boolean negated, int position) implements Expr {
    public enum Kind { TRUE, FALSE, UNKNOWN }
}
