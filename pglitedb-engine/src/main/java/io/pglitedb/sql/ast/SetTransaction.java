package io.pglitedb.sql.ast;

/**
 * SET TRANSACTION modes (this transaction) or, with sessionDefaults, SET SESSION
 * CHARACTERISTICS AS TRANSACTION modes (the default_transaction_* settings).
 */
public record SetTransaction(TransactionModes modes, boolean sessionDefaults) implements Statement {
}
