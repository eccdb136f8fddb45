package io.pglitedb.sql.ast;

/** {@code expr [ASC|DESC] [NULLS FIRST|LAST]}; nullsFirst null when not written. */
public record OrderItem(Expr expr, boolean descending, Boolean nullsFirst, int position) {
}
