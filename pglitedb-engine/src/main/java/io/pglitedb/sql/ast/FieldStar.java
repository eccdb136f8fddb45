package io.pglitedb.sql.ast;

/**
 * {@code (expr).*}: every field of a row value (PostgreSQL's A_Indirection ending in A_Star). A
 * SELECT list expands it to one {@link FieldSelect} per field of the row's type. The position is
 * the row expression's first token.
 */
public record FieldStar(Expr arg, int position) implements Expr {
}
