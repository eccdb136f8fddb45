package io.pglitedb.txn;

import java.util.Locale;

/** PostgreSQL's isolation levels, with the names SHOW transaction_isolation prints. */
public enum IsolationLevel {
    /** Behaves as READ COMMITTED, as in PostgreSQL. */
    READ_UNCOMMITTED("read uncommitted"),
    READ_COMMITTED("read committed"),
    REPEATABLE_READ("repeatable read"),
    SERIALIZABLE("serializable");

    private final String text;

    IsolationLevel(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** True when one snapshot, taken at the first statement, serves the whole transaction. */
    public boolean usesTransactionSnapshot() {
        return this == REPEATABLE_READ || this == SERIALIZABLE;
    }

    /** The level named {@code text} (any case), or null. */
    public static IsolationLevel fromText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (IsolationLevel level : values()) {
            if (level.text.equals(lower)) {
                return level;
            }
        }
        return null;
    }
}
