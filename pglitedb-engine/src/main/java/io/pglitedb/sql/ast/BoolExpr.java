package io.pglitedb.sql.ast;

/** {@code left AND right}, {@code left OR right}. */
public record BoolExpr(Op op, Expr left, Expr right, int position) implements Expr {
    public enum Op { AND, OR }
}
