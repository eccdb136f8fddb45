package io.pglitedb.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * pg_stat_database's counters for each database of the engine, by database OID: transactions
 * committed and rolled back, rows returned to clients and written, sessions started.
 */
public final class DatabaseActivity {
    /** The counters of one database. */
    public static final class Counters {
        final LongAdder commits = new LongAdder();
        final LongAdder rollbacks = new LongAdder();
        final LongAdder rowsReturned = new LongAdder();
        final LongAdder rowsInserted = new LongAdder();
        final LongAdder rowsUpdated = new LongAdder();
        final LongAdder rowsDeleted = new LongAdder();
        final LongAdder sessions = new LongAdder();
        final long resetAt = System.currentTimeMillis();

        public void committed() {
            commits.increment();
        }

        public void rolledBack() {
            rollbacks.increment();
        }

        public void rowsReturned(long n) {
            rowsReturned.add(n);
        }

        public void rowsInserted(long n) {
            rowsInserted.add(n);
        }

        public void rowsUpdated(long n) {
            rowsUpdated.add(n);
        }

        public void rowsDeleted(long n) {
            rowsDeleted.add(n);
        }

        public void sessionStarted() {
            sessions.increment();
        }

        public Snapshot snapshot() {
            return new Snapshot(commits.sum(), rollbacks.sum(), rowsReturned.sum(), rowsInserted.sum(),
                    rowsUpdated.sum(), rowsDeleted.sum(), sessions.sum(), resetAt);
        }
    }

    /** One database's counters at one moment; {@code resetAt} in Unix milliseconds. */
    public record Snapshot(long commits, long rollbacks, long rowsReturned, long rowsInserted, long rowsUpdated,
            long rowsDeleted, long sessions, long resetAt) {
    }

    private final Map<Integer, Counters> byDatabase = new ConcurrentHashMap<>();

    public Counters of(int databaseOid) {
        return byDatabase.computeIfAbsent(databaseOid, oid -> new Counters());
    }

    /** The counters of every database added up (the engine-wide figures of the metrics endpoint). */
    public Snapshot total() {
        long[] sum = new long[7];
        for (Counters c : byDatabase.values()) {
            Snapshot s = c.snapshot();
            long[] v = {s.commits(), s.rollbacks(), s.rowsReturned(), s.rowsInserted(), s.rowsUpdated(),
                s.rowsDeleted(), s.sessions()};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return new Snapshot(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], 0);
    }
}
