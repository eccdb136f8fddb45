package io.pglitedb.sql.ast;

/** {@code DROP POLICY [IF EXISTS] name ON table [CASCADE | RESTRICT]}. */
public record DropPolicy(String name, QualifiedName table, boolean ifExists) implements Statement {
}
