package io.pglitedb.sql.ast;

/** {@code RENAME CONSTRAINT old TO new}. */
public record RenameConstraint(String from, String to) implements AlterTableAction {
}
