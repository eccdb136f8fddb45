package io.pglitedb.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What pg_stat_statements shows: per database, user and normalised statement text, how often it
 * completed, the time it took (min, max, mean, standard deviation) and the rows it returned or
 * changed. As in PostgreSQL, statements that fail are not counted, and when more than
 * {@link #MAX_ENTRIES} texts are tracked the least called ones are evicted (counted in
 * pg_stat_statements_info.dealloc).
 */
public final class StatementStatistics {
    /** pg_stat_statements.max's default. */
    public static final int MAX_ENTRIES = 5000;

    private record Key(int database, int user, String text) {
    }

    /** One tracked statement; updated under its own lock. */
    private static final class Counters {
        long calls;
        double totalMillis;
        double minMillis;
        double maxMillis;
        /** Welford's running mean and sum of squared differences (as pg_stat_statements keeps them). */
        double mean;
        double sumOfSquares;
        long rows;

        synchronized void add(double millis, long rowCount) {
            calls++;
            totalMillis += millis;
            if (calls == 1) {
                minMillis = millis;
                maxMillis = millis;
            } else {
                minMillis = Math.min(minMillis, millis);
                maxMillis = Math.max(maxMillis, millis);
            }
            double oldMean = mean;
            mean += (millis - oldMean) / calls;
            sumOfSquares += (millis - oldMean) * (millis - mean);
            rows += rowCount;
        }

        synchronized Entry snapshot(Key key) {
            double stddev = calls > 1 ? Math.sqrt(sumOfSquares / calls) : 0;
            return new Entry(key.database, key.user, queryId(key.text), key.text, calls, totalMillis, minMillis,
                    maxMillis, mean, stddev, rows);
        }

        synchronized long calls() {
            return calls;
        }
    }

    /**
     * One row of pg_stat_statements (times in milliseconds).
     *
     * @param queryId a 64-bit hash of the normalised text (not PostgreSQL's parse-tree hash)
     */
    public record Entry(int database, int user, long queryId, String query, long calls, double totalMillis,
            double minMillis, double maxMillis, double meanMillis, double stddevMillis, long rows) {
    }

    private final Map<Key, Counters> entries = new ConcurrentHashMap<>();
    private final AtomicLong deallocations = new AtomicLong();
    private volatile long resetAt = System.currentTimeMillis();

    /** Counts one completed execution of {@code text} (already normalised). */
    public void record(int database, int user, String text, long nanos, long rows) {
        Key key = new Key(database, user, text);
        Counters counters = entries.get(key);
        if (counters == null) {
            if (entries.size() >= MAX_ENTRIES) {
                evict();
            }
            counters = entries.computeIfAbsent(key, k -> new Counters());
        }
        counters.add(nanos / 1_000_000.0, rows);
    }

    /** Drops the least called 5% of the entries, as pg_stat_statements does when full. */
    private synchronized void evict() {
        if (entries.size() < MAX_ENTRIES) {
            return;
        }
        List<Map.Entry<Key, Counters>> all = new ArrayList<>(entries.entrySet());
        all.sort(Comparator.comparingLong(e -> e.getValue().calls()));
        int drop = Math.max(10, all.size() / 20);
        for (int i = 0; i < drop && i < all.size(); i++) {
            entries.remove(all.get(i).getKey());
        }
        deallocations.incrementAndGet();
    }

    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(entries.size());
        entries.forEach((key, counters) -> out.add(counters.snapshot(key)));
        return out;
    }

    /**
     * pg_stat_statements_reset(userid, dbid, queryid): forgets the matching entries (0 matches
     * any); with all three 0 also restarts pg_stat_statements_info.
     */
    public void reset(int user, int database, long queryId) {
        entries.keySet().removeIf(k -> (user == 0 || k.user == user) && (database == 0 || k.database == database)
                && (queryId == 0 || queryId(k.text) == queryId));
        if (user == 0 && database == 0 && queryId == 0) {
            deallocations.set(0);
            resetAt = System.currentTimeMillis();
        }
    }

    /** pg_stat_statements_info.dealloc. */
    public long deallocations() {
        return deallocations.get();
    }

    /** pg_stat_statements_info.stats_reset, in Unix milliseconds. */
    public long resetAt() {
        return resetAt;
    }

    /** A stable 64-bit FNV-1a hash of the text, never 0 (0 means "any" to the reset function). */
    static long queryId(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
