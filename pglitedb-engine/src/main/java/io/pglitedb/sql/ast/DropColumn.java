package io.pglitedb.sql.ast;

/** {@code DROP [COLUMN] [IF EXISTS] name [CASCADE | RESTRICT]}. */
public record DropColumn(String name, boolean ifExists, boolean cascade, int position) implements AlterTableAction {
}
