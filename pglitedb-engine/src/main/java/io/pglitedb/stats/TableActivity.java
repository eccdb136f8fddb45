package io.pglitedb.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * pg_stat_all_tables' and pg_stat_all_indexes' counters, by table (or index) OID within a
 * database: sequential and index scans started, rows they produced, rows inserted, updated and
 * deleted. Rows a scan produced are counted after the scan's own filter (PostgreSQL's
 * seq_tup_read counts every row read).
 */
public final class TableActivity {
    /** The counters of one table or index. */
    public static final class Counters {
        final LongAdder seqScans = new LongAdder();
        final LongAdder seqRows = new LongAdder();
        final LongAdder indexScans = new LongAdder();
        final LongAdder indexRows = new LongAdder();
        final LongAdder inserted = new LongAdder();
        final LongAdder updated = new LongAdder();
        final LongAdder deleted = new LongAdder();
        volatile long lastSeqScan;
        volatile long lastIndexScan;

        public void seqScan() {
            seqScans.increment();
            lastSeqScan = System.currentTimeMillis();
        }

        public void seqRows(long n) {
            seqRows.add(n);
        }

        public void indexScan() {
            indexScans.increment();
            lastIndexScan = System.currentTimeMillis();
        }

        public void indexRows(long n) {
            indexRows.add(n);
        }

        public void inserted(long n) {
            inserted.add(n);
        }

        public void updated(long n) {
            updated.add(n);
        }

        public void deleted(long n) {
            deleted.add(n);
        }

        public Snapshot snapshot() {
            return new Snapshot(seqScans.sum(), seqRows.sum(), lastSeqScan, indexScans.sum(), indexRows.sum(),
                    lastIndexScan, inserted.sum(), updated.sum(), deleted.sum());
        }
    }

    /** One table's (or index's) counters; times in Unix milliseconds, 0 for never. */
    public record Snapshot(long seqScans, long seqRows, long lastSeqScan, long indexScans, long indexRows,
            long lastIndexScan, long inserted, long updated, long deleted) {
        public static final Snapshot NONE = new Snapshot(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private record Key(int database, int relation) {
    }

    private final Map<Key, Counters> byRelation = new ConcurrentHashMap<>();

    public Counters of(int database, int relationOid) {
        return byRelation.computeIfAbsent(new Key(database, relationOid), k -> new Counters());
    }

    /** The counters of a relation, {@link Snapshot#NONE} when it was never used. */
    public Snapshot snapshot(int database, int relationOid) {
        Counters c = byRelation.get(new Key(database, relationOid));
        return c == null ? Snapshot.NONE : c.snapshot();
    }
}
