package io.pglitedb.sql.ast;

/** {@code $1}: {@code index} is 1-based. */
public record ParamRef(int index, int position) implements Expr {
}
