package io.pglitedb.sql.ast;

/**
 * {@code ALTER SCHEMA name RENAME TO newName} or {@code ALTER SCHEMA name OWNER TO role}: exactly
 * one of {@code newName} and {@code newOwner} is set ({@code newOwner} may be
 * {@link CreateSchema#CURRENT_USER} or {@link CreateSchema#SESSION_USER}).
 */
public record AlterSchema(String name, String newName, String newOwner) implements Statement {
}
