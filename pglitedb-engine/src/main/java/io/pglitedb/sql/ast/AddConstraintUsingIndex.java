package io.pglitedb.sql.ast;

/**
 * {@code ADD [CONSTRAINT name] {UNIQUE | PRIMARY KEY} USING INDEX index [DEFERRABLE ...]}: an
 * existing unique index becomes the constraint's (renamed to {@code name} when given).
 *
 * @param name the constraint name, or null for the index's
 */
public record AddConstraintUsingIndex(String name, boolean primaryKey, String index, int position, boolean deferrable,
        boolean initiallyDeferred) implements AlterTableAction {
}
