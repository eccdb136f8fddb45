package io.pglitedb.session;

/** The transaction state reported in ReadyForQuery. */
public enum TransactionStatus {
    /** 'I': not in a transaction block */
    IDLE('I'),
    /** 'T': in a transaction block */
    IN_TRANSACTION('T'),
    /** 'E': in a failed transaction block; statements are rejected until ROLLBACK */
    FAILED('E');

    private final char indicator;

    TransactionStatus(char indicator) {
        this.indicator = indicator;
    }

    public char indicator() {
        return indicator;
    }
}
