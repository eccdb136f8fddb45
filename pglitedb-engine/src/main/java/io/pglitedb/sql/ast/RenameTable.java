package io.pglitedb.sql.ast;

/** {@code RENAME TO new}. */
public record RenameTable(String to) implements AlterTableAction {
}
