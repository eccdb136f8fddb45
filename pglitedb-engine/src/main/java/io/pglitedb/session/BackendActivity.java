package io.pglitedb.session;

import io.pglitedb.types.DateTimeText;
import io.pglitedb.types.TransactionClock;

/**
 * What pg_stat_activity shows of one session beyond its identity: state, current or last query,
 * and when the backend, its transaction, its query and its state began. Written by the session's
 * thread, read by any session that queries pg_stat_activity (hence volatile, and each value on its
 * own: a reader may see a query start with the previous query's text, as PostgreSQL's readers
 * may around a change too).
 */
final class BackendActivity {
    /** Times are PostgreSQL timestamps (microseconds since 2000-01-01 UTC). */
    final long backendStart = DateTimeText.nowMicros();
    volatile String state = "idle";
    volatile String query = "";
    volatile long queryStart;
    volatile long stateChange = backendStart;
    /** 0 when no transaction is open. */
    volatile long transactionStart;

    /**
     * A query message arrived: it starts a statement, and a transaction unless one is open (or a
     * BEGIN started the block); publishes both start times for now() and statement_timestamp().
     */
    void active(String text) {
        long now = DateTimeText.nowMicros();
        query = text;
        queryStart = now;
        if (transactionStart == 0) {
            transactionStart = now;
        }
        if (!state.equals("active")) {
            state = "active";
            stateChange = now;
        }
        TransactionClock.publish(transactionStart, now);
    }

    /** Back at ReadyForQuery in transaction state {@code status}. */
    void idle(TransactionStatus status, boolean transactionOpen) {
        TransactionClock.clear(); // nothing runs for this session on this thread until its next message
        String next = switch (status) {
            case FAILED -> "idle in transaction (aborted)";
            case IN_TRANSACTION -> "idle in transaction";
            default -> "idle";
        };
        if (!transactionOpen && status == TransactionStatus.IDLE) {
            transactionStart = 0;
        }
        if (!next.equals(state)) {
            state = next;
            stateChange = DateTimeText.nowMicros();
        }
    }
}
