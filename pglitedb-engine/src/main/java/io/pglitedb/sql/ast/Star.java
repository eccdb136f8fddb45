package io.pglitedb.sql.ast;

/** {@code *} or {@code t.*} in a select list; qualifier is null for a bare star. */
public record Star(String qualifier, int position) implements Expr {
}
