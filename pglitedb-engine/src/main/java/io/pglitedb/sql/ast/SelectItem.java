package io.pglitedb.sql.ast;

/** An output column: {@code expr [AS alias]}; alias null when not written. */
public record SelectItem(Expr expr, String alias, int position) {
}
