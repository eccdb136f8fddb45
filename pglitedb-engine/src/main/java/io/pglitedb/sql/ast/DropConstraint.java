package io.pglitedb.sql.ast;

/** {@code DROP CONSTRAINT [IF EXISTS] name [CASCADE | RESTRICT]}. */
public record DropConstraint(String name, boolean ifExists, boolean cascade) implements AlterTableAction {
}
