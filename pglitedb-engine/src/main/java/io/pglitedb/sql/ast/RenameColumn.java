package io.pglitedb.sql.ast;

/** {@code RENAME [COLUMN] old TO new}. */
public record RenameColumn(String from, String to) implements AlterTableAction {
}
