package io.pglitedb.sql.ast;

/** {@code VALIDATE CONSTRAINT name}: checks the table's rows against a CHECK or FOREIGN KEY constraint. */
public record ValidateConstraint(String name) implements AlterTableAction {
}
