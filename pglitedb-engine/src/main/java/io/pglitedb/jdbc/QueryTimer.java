package io.pglitedb.jdbc;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Fires Statement.setQueryTimeout cancellations; one daemon thread for the whole driver. */
final class QueryTimer {
    private static final ScheduledThreadPoolExecutor TIMER = newTimer();

    private QueryTimer() {
    }

    private static ScheduledThreadPoolExecutor newTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "pglitedb-jdbc-query-timeout");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Cancels execution {@code id} of {@code connection} after {@code millis}; null when millis is 0. */
    static ScheduledFuture<?> arm(PgLiteConnection connection, long id, long millis) {
        if (millis <= 0) {
            return null;
        }
        return TIMER.schedule(() -> connection.cancel(id), millis, TimeUnit.MILLISECONDS);
    }
}
