package io.pglitedb.sql.ast;

/** {@code ALTER INDEX [IF EXISTS] name RENAME TO newName}. */
public record AlterIndex(QualifiedName name, boolean ifExists, String newName) implements Statement {
}
