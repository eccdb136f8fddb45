package io.pglitedb.sql.ast;

/**
 * {@code (expr).field}: one field of a row value (PostgreSQL's A_Indirection of a String). The
 * position is the row expression's first token, as PostgreSQL reports it.
 */
public record FieldSelect(Expr arg, String field, int position) implements Expr {
}
