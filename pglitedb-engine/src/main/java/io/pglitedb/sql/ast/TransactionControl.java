package io.pglitedb.sql.ast;

/**
 * BEGIN / START TRANSACTION / COMMIT / END / ROLLBACK / ABORT. isolationLevel is the level as
 * written in lower case ("read committed", "repeatable read", "serializable") or null;
 * readOnly is null when not written.
 */
public record TransactionControl(Kind kind, String isolationLevel, Boolean readOnly, boolean chain)
        implements Statement {
    public enum Kind {
        BEGIN,
        /** START TRANSACTION: BEGIN by another name (and command tag) */
        START,
        COMMIT,
        ROLLBACK
    }
}
