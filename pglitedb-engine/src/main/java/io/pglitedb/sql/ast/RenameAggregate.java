package io.pglitedb.sql.ast;

/** {@code ALTER AGGREGATE name (argument types) RENAME TO newName}. */
public record RenameAggregate(DropFunction.Item aggregate, String newName) implements Statement {
}
