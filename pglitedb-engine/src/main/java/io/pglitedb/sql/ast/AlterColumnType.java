package io.pglitedb.sql.ast;

/**
 * {@code ALTER [COLUMN] name [SET DATA] TYPE type [COLLATE c] [USING expr]}: every row is rewritten
 * with the column's value converted (by an assignment cast, or by {@code using} when given).
 *
 * @param using the USING expression over the table's old row, null when not written
 * @param collate the COLLATE clause, null when not written (the new type's own collation)
 */
public record AlterColumnType(String column, TypeName type, CollateClause collate, Expr using, int position)
        implements AlterTableAction {
}
