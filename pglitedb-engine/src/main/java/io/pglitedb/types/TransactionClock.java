package io.pglitedb.types;

/**
 * The start times of the transaction and of the statement that this thread's session is running,
 * as PostgreSQL timestamps (microseconds since 2000-01-01 UTC). PostgreSQL fixes now(),
 * CURRENT_TIMESTAMP, CURRENT_DATE, LOCALTIMESTAMP and the input 'now' at the transaction's start,
 * and statement_timestamp() at the statement's; only clock_timestamp() reads the clock. The session
 * publishes both before each statement runs (a session may move between threads between
 * statements); code running outside a session reads the clock.
 */
public final class TransactionClock {
    /** {transaction start, statement start}; {0, 0} when no session has published on this thread. */
    private static final ThreadLocal<long[]> CURRENT = ThreadLocal.withInitial(() -> new long[2]);

    private TransactionClock() {
    }

    /** Makes these the running transaction's and statement's start times on this thread. */
    public static void publish(long transactionStart, long statementStart) {
        long[] times = CURRENT.get();
        times[0] = transactionStart;
        times[1] = statementStart;
    }

    /** {transaction start, statement start} as published on this thread ({0, 0}: none). */
    static long[] published() {
        return CURRENT.get().clone();
    }

    /** No statement runs on this thread any more: the clock answers again. */
    public static void clear() {
        publish(0, 0);
    }

    /** now(): the running transaction's start. */
    public static long transactionStart() {
        long start = CURRENT.get()[0];
        return start != 0 ? start : DateTimeText.nowMicros();
    }

    /** statement_timestamp(): the running statement's start. */
    public static long statementStart() {
        long start = CURRENT.get()[1];
        return start != 0 ? start : DateTimeText.nowMicros();
    }
}
