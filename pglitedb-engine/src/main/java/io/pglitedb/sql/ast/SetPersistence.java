package io.pglitedb.sql.ast;

/** {@code ALTER TABLE ... SET LOGGED | SET UNLOGGED}. */
public record SetPersistence(boolean logged) implements AlterTableAction {
}
