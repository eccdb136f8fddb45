package io.pglitedb.sql.ast;

/** {@code ADD [CONSTRAINT name] PRIMARY KEY (cols) | UNIQUE (cols)}. */
public record AddConstraint(TableConstraint constraint) implements AlterTableAction {
}
