package io.pglitedb.sql.ast;

/** {@code column = value} in UPDATE SET. */
public record Assignment(String column, Expr value, int position) {
}
