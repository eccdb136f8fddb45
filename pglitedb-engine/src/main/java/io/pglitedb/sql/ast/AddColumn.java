package io.pglitedb.sql.ast;

/** {@code ADD [COLUMN] [IF NOT EXISTS] column_def}. */
public record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterTableAction {
}
