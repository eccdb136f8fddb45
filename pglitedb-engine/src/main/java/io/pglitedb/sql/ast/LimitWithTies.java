package io.pglitedb.sql.ast;

/**
 * The count of {@code FETCH FIRST count ROWS WITH TIES}, standing where a LIMIT count stands: the
 * rows after the count that sort equal to the last one are returned too.
 */
public record LimitWithTies(Expr count, int position) implements Expr {
}
