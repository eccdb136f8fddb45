package io.pglitedb.sql.ast;

/** {@code COLLATE name} on a column definition or ALTER COLUMN TYPE; position is the COLLATE keyword's. */
public record CollateClause(String name, int position) {
}
