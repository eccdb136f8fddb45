package io.pglitedb.sql.ast;

/**
 * BEGIN / START TRANSACTION [modes]; COMMIT / END / ROLLBACK / ABORT [AND [NO] CHAIN].
 * modes is {@link TransactionModes#NONE} when none are written (always for COMMIT/ROLLBACK).
 */
public record TransactionControl(Kind kind, TransactionModes modes, boolean chain) implements Statement {
    public enum Kind {
        BEGIN,
        /** START TRANSACTION: BEGIN by another name (and command tag) */
        START,
        COMMIT,
        ROLLBACK
    }
}
