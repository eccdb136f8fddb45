package io.pglitedb.sql.ast;

/** DROP TRIGGER [IF EXISTS] name ON table [CASCADE | RESTRICT]. */
public record DropTrigger(String name, QualifiedName table, boolean ifExists) implements Statement {
}
