package io.pglitedb.sql.ast;

/** An infix operator such as + - * / % ^ = <> != < <= > >= || (symbol as written). */
public record BinaryOp(String operator, Expr left, Expr right, int position) implements Expr {
}
