package io.pglitedb.sql.ast;

/** {@code DEALLOCATE [PREPARE] name | ALL}; name is null for ALL. */
public record Deallocate(String name) implements Statement {
}
