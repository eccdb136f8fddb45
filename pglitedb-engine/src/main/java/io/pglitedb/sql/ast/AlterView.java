package io.pglitedb.sql.ast;

/**
 * {@code ALTER [MATERIALIZED] VIEW [IF EXISTS] name RENAME [COLUMN] a TO b | RENAME TO new}: the
 * action is the one ALTER TABLE would run ({@link RenameTable} or {@link RenameColumn}).
 */
public record AlterView(boolean materialized, QualifiedName name, boolean ifExists, AlterTableAction action)
        implements Statement {
}
