package io.pglitedb.sql.ast;

/** {@code ALTER TYPE name action}: the enum and naming actions. */
public record AlterType(QualifiedName name, Action action) implements Statement {
    public sealed interface Action {
    }

    /** {@code ADD VALUE [IF NOT EXISTS] 'label' [BEFORE | AFTER 'neighbor']} (neighbor null: at the end). */
    public record AddValue(String label, boolean ifNotExists, String neighbor, boolean before) implements Action {
    }

    /** {@code RENAME VALUE 'from' TO 'to'}. */
    public record RenameValue(String from, String to) implements Action {
    }

    /** {@code RENAME TO name}. */
    public record Rename(String newName) implements Action {
    }

    /** {@code SET SCHEMA name}. */
    public record SetSchema(String schema) implements Action {
    }

    /** {@code OWNER TO role}. */
    public record OwnerTo(RoleSpec owner) implements Action {
    }
}
