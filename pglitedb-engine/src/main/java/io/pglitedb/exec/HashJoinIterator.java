package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.sql.plan.JoinType;
import io.pglitedb.txn.KeyValueIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Hash join: reads one side into a hash table keyed on its join keys, then streams the other side
 * and probes. Outer joins build the right side. An inner join reads both sides in step until one
 * ends and builds that one, the smaller (without statistics the planner cannot know which it is):
 * the rows already read of the other side are probed first, then the rest is streamed. Rows with a
 * NULL key can only come out unmatched (RIGHT/FULL: unmatched right rows come last).
 *
 * <p>When the side that ended first is small and the other has a {@link HashJoin.Lookup} (a table
 * with an index on its join keys), the other side is read a little further; if it goes on, the
 * first small rows look up their matches through the index, and if that many entries per row,
 * for all small rows, costs less than reading the other table (RocksDB's size estimate), the
 * join continues as index lookups (PostgreSQL's nested loop with an inner index scan). Else it is
 * a hash join as above, with nothing lost but the sample.
 *
 * <p>A hash table that passes hash_mem (work_mem × hash_mem_multiplier) spills: its rows, the rest
 * of its side and then all probe rows are written to partition pairs by their key's hash
 * ({@link PartitionPairs}), and each pair is joined alone, split again if it is still too big.
 */
final class HashJoinIterator implements RowIterator {
    private final HashJoin join;
    private final ExecContext context;
    private RowIterator probe;
    /** True when the built rows are the right side (always, except for inner joins whose left side ended first). */
    private boolean builtRight;
    /** The built rows, packed, chained by key hash (see {@link JoinHashTable}). */
    private final JoinHashTable built;
    /** What the built side holds of the statement's memory budget. */
    private long reserved;
    /** Which built rows found a partner (RIGHT and FULL joins), else null. */
    private boolean[] rightMatched;
    /** Probe rows read while choosing the side to build, probed before the rest of the stream. */
    private List<Object[]> probeBuffer = List.of();
    private int probeBuffered;
    private final int leftWidth;
    private final int width;
    private Object[] probeRow;
    private boolean probeMatched;
    private int candidate = -1;
    /** The key of the probe row whose candidates are being joined. */
    private ValueKey probeKey;
    private int unmatchedRightIndex = -1;

    /** hash_mem in bytes (0: never spill). */
    private final long hashMem;
    /** The pass the next spill splits with (its hash bits): 0, then one more than the pair being joined. */
    private int level;
    /** Non-null while the built side is being written to partitions. */
    private PartitionPairs spill;
    /** Spilled partition pairs still to join, and the one being joined. */
    private final ArrayDeque<PartitionPairs.Pair> pairs = new ArrayDeque<>();
    private PartitionPairs.Pair pair;
    /** True once the last pair is done (a spilled pair's probe reader is gone with its pair). */
    private boolean finished;
    /** Splitting stops at this pass (the keys of a pair that big are mostly one key). */
    private static final int MAX_SPILL_LEVEL = 4;

    /** Index lookups are tried only when the smaller side has at most this many rows... */
    private static final int LOOKUP_MAX_ROWS = 100_000;
    /**
     * ... and the other side has more than this many times as many (or {@link #LOOKUP_MIN_READ}),
     * or, past {@link #LOOKUP_RATIO_ROWS} small rows, at least {@link #LOOKUP_EXTRA_READ} more: what
     * was read of the other side is lost when the join turns to lookups.
     */
    private static final int LOOKUP_RATIO = 10;
    private static final int LOOKUP_RATIO_ROWS = 2000;
    private static final int LOOKUP_EXTRA_READ = 18_000;
    private static final int LOOKUP_MIN_READ = 200;
    /** Rows read past the small side of a whole-table scan to measure its row size. */
    private static final int LOOKUP_SIZE_SAMPLE = 16;

    /**
     * An index entry found by a lookup through a secondary index costs about this many rows of a
     * sequential read (a point read of its row, mostly outside the block cache, the rows of one
     * lookup read together: measured at TPC-H scale 0.1)...
     */
    private static final int LOOKUP_COST = 15;
    /** ... through the primary key, whose entries are the rows: a few rows of a sequential read. */
    private static final double PRIMARY_KEY_LOOKUP_COST = 2;
    /** Moving the (reused) cursor to one lookup's range: a RocksDB seek through every level. */
    private static final double LOOKUP_OPEN_COST = 10;
    /** Small-side rows whose lookups are done first to measure how many entries each finds. */
    private static final int LOOKUP_SAMPLE = 8;

    /** Non-null when the join runs as index lookups: of the right side (lookupRight) or the left. */
    private HashJoin.Lookup lookup;
    private boolean lookupRight;
    /** The rows of the small side, each of which looks up its matches. */
    private List<Object[]> lookupRows;
    private int lookupNext;
    private Object[] lookupRow;
    private RowIterator lookupMatches;
    /** The one cursor every lookup's index range is read through (opened by the first lookup). */
    private KeyValueIterator lookupCursor;
    /** Joined rows the residual rejected in the sample lookups (Rows Removed by Filter if they stay lookups). */
    private long sampleRejected;
    /** Under EXPLAIN ANALYZE, once the join runs as lookups: where the residual's rejections are counted. */
    private NodeStats lookupStats;
    /** Joined rows found by the sample lookups, returned first. */
    private List<Object[]> pending = List.of();
    private int pendingNext;
    /** Index entries the sample lookups read (how much work a lookup is, for {@link #startWorkers}). */
    private long sampleEntries;
    /** Non-null when the lookups after the sample run on worker threads too. */
    private ParallelLookups parallel;
    /** The joined rows of the chunk of lookups {@link #parallel} returned last. */
    private ParallelLookups.Chunk chunk;
    private int chunkNext;

    HashJoinIterator(HashJoin join, ExecContext context) {
        this.join = join;
        this.context = context;
        this.leftWidth = join.left().width();
        this.width = join.width();
        this.hashMem = context.hashMem();
        Object[] params = context.params();
        this.built = new JoinHashTable(row -> key(builtKeys(), row, context.params()));
        if (join.type() != JoinType.INNER) {
            this.builtRight = true;
            try (RowIterator right = Executor.open(join.right(), context)) {
                Object[] row;
                while ((row = right.next()) != null) {
                    context.checkCancelled();
                    add(row.clone(), join.rightKeys(), params);
                }
            }
            this.probe = Executor.open(join.left(), context);
            finishBuild();
            return;
        }
        RowIterator right = Executor.open(join.right(), context);
        RowIterator left;
        try {
            left = Executor.open(join.left(), context);
        } catch (RuntimeException e) {
            right.close();
            throw e;
        }
        List<Object[]> rightRows = new ArrayList<>();
        List<Object[]> leftRows = new ArrayList<>();
        boolean rightEnded = false;
        boolean leftEnded = false;
        try {
            while (!rightEnded && !leftEnded) {
                context.checkCancelled();
                Object[] r = right.next();
                if (r == null) {
                    rightEnded = true;
                } else {
                    rightRows.add(r.clone());
                }
                Object[] l = left.next();
                if (l == null) {
                    leftEnded = true;
                } else {
                    leftRows.add(l.clone());
                }
            }
        } catch (RuntimeException e) {
            right.close();
            left.close();
            throw e;
        }
        // the side that ended is small: if the other has index lookups, read some more of it to see
        // whether it is much larger; if so, look its matches up row by row instead of reading it all
        HashJoin.Lookup lookup = rightEnded ? join.leftLookup() : join.rightLookup();
        List<Object[]> small = rightEnded ? rightRows : leftRows;
        if (lookup != null && small.size() <= LOOKUP_MAX_ROWS) {
            RowIterator other = rightEnded ? left : right;
            List<Object[]> otherRows = rightEnded ? leftRows : rightRows;
            // a whole-table scan costs the table (RocksDB's size estimate) whatever it returns: one
            // few more rows tell it goes on and its row size; other sides must show that they are much larger
            int cap = readsWholeTable(other) ? otherRows.size() + LOOKUP_SIZE_SAMPLE
                    : small.size() <= LOOKUP_RATIO_ROWS ? Math.max(LOOKUP_MIN_READ, LOOKUP_RATIO * small.size())
                    : small.size() + LOOKUP_EXTRA_READ;
            boolean otherEnded = false;
            long otherBytes = 0;
            int otherRead = 0;
            List<Object[]> sampled = null;
            try {
                while (otherRows.size() < cap) {
                    context.checkCancelled();
                    Object[] r = other.next();
                    if (r == null) {
                        otherEnded = true;
                        break;
                    }
                    otherRows.add(r.clone());
                    if (unwrapped(other) instanceof KeyedRows keyed) {
                        otherBytes += keyed.currentKey().length + keyed.currentValue().length;
                        otherRead++;
                    }
                }
                if (!otherEnded) {
                    this.lookup = lookup;
                    this.lookupRight = !rightEnded;
                    this.lookupRows = small;
                    sampled = sampleLookups(otherRows.size(), otherBytes, otherRead);
                }
            } catch (RuntimeException e) {
                right.close();
                left.close();
                throw e;
            }
            if (sampled == null) {
                lookupNext = 0;
            } else {
                right.close();
                left.close();
                NodeStats stats = context.stats(join);
                if (stats != null) {
                    stats.lookups = true;
                    stats.removed += sampleRejected;
                    lookupStats = stats;
                }
                this.pending = sampled;
                this.builtRight = false;
                this.probe = null;
                startWorkers();
                return;
            }
        }
        this.lookup = null;
        this.lookupRows = null;
        this.lookupNext = 0;
        this.builtRight = rightEnded;
        List<Object[]> buildRows = builtRight ? rightRows : leftRows;
        RowIterator buildRest = builtRight ? right : left;
        BoundExpr[] buildKeys = builtRight ? join.rightKeys() : join.leftKeys();
        this.probe = builtRight ? left : right;
        this.probeBuffer = builtRight ? leftRows : rightRows;
        try (buildRest) {
            for (Object[] row : buildRows) {
                add(row, buildKeys, params);
            }
            Object[] row;
            while ((row = buildRest.next()) != null) {
                context.checkCancelled();
                add(row.clone(), buildKeys, params);
            }
            finishBuild();
        } catch (RuntimeException e) {
            if (probe != null) {
                probe.close();
            }
            throw e;
        }
    }

    private BoundExpr[] builtKeys() {
        return builtRight ? join.rightKeys() : join.leftKeys();
    }

    private BoundExpr[] probeKeys() {
        return builtRight ? join.leftKeys() : join.rightKeys();
    }

    private void add(Object[] row, BoundExpr[] keys, Object[] params) {
        ValueKey key = key(keys, row, params);
        if (spill != null) {
            spill.addBuilt(key, row);
            return;
        }
        long size = built.add(key, row);
        if (size >= 0) {
            context.memory().reserve(size);
        } else {
            context.memory().release(-size);
        }
        reserved += size;
        if (hashMem > 0 && reserved > hashMem && level < MAX_SPILL_LEVEL) {
            spill = new PartitionPairs(context, level);
            for (int i = 0; i < built.size(); i++) {
                Object[] b = built.row(i);
                spill.addBuilt(key(keys, b, params), b);
            }
            clearTable();
        }
    }

    private void clearTable() {
        built.clear();
        rightMatched = null;
        context.memory().release(reserved);
        reserved = 0;
    }

    /**
     * After the built side's last row: the table is ready to probe, or, when it spilled, every
     * probe row goes to its partition too and the first pair is loaded.
     */
    private void finishBuild() {
        if (spill == null) {
            rightMatched = join.type().keepsUnmatchedRight() ? new boolean[built.size()] : null;
            return;
        }
        splitProbeRows();
        probe.close();
        probe = null;
        finished = !nextPair();
    }

    /** Writes the rest of the probe side to the partitions being filled and queues their pairs. */
    private void splitProbeRows() {
        Object[] params = context.params();
        BoundExpr[] keys = probeKeys();
        Object[] row;
        while ((row = nextProbe()) != null) {
            context.checkCancelled();
            spill.addProbe(key(keys, row, params), row);
        }
        probeBuffer = List.of();
        probeBuffered = 0;
        boolean keepsUnmatchedBuilt = builtRight && join.type().keepsUnmatchedRight();
        boolean keepsUnmatchedProbe = builtRight && join.type().keepsUnmatchedLeft();
        pairs.addAll(spill.pairs(keepsUnmatchedBuilt, keepsUnmatchedProbe));
        spill = null;
    }

    /** Loads the next spilled pair's built rows into the table and probes with its probe rows; false when none is left. */
    private boolean nextPair() {
        Object[] params = context.params();
        while (true) {
            closePair();
            pair = pairs.poll();
            if (pair == null) {
                return false;
            }
            level = pair.level() + 1;
            BoundExpr[] keys = builtKeys();
            RowIterator rows = pair.built().read();
            Object[] row;
            while ((row = rows.next()) != null) {
                context.checkCancelled();
                add(row, keys, params);
            }
            probe = pair.probe().read();
            if (spill != null) { // still too big: split it again with other hash bits
                splitProbeRows();
                continue;
            }
            rightMatched = join.type().keepsUnmatchedRight() ? new boolean[built.size()] : null;
            probeRow = null;
            candidate = -1;
            unmatchedRightIndex = -1;
            return true;
        }
    }

    private void closePair() {
        clearTable();
        if (pair != null) {
            pair.close();
            pair = null;
        }
    }

    /** The key of a row, or null when a key column is NULL (never equal to anything). */
    private ValueKey key(BoundExpr[] exprs, Object[] row, Object[] params) {
        Object[] values = new Object[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            Object v = exprs[i].eval(row, params);
            if (v == null) {
                return null;
            }
            values[i] = v;
        }
        return new ValueKey(values, join.keyTypes());
    }

    private Object[] nextProbe() {
        if (probeBuffered < probeBuffer.size()) {
            Object[] row = probeBuffer.get(probeBuffered);
            probeBuffer.set(probeBuffered++, null);
            return row;
        }
        Object[] next = probe.next();
        return next == null ? null : next.clone();
    }

    /**
     * Looks up the matches of the first few small-side rows and returns the joined rows when
     * looking up all of them promises to be cheaper than reading the other side's table (its rows
     * as ANALYZE counted them, or RocksDB's size over the average size of the rows read so far,
     * whichever is more); else null (hash join).
     */
    private List<Object[]> sampleLookups(int otherRowsRead, long otherBytes, int otherMeasured) {
        double tableRows = otherRowsRead;
        io.pglitedb.catalog.TableDescriptor table = switch (lookup.scan()) {
            case IndexScan scan -> scan.table();
            case PrimaryKeyScan scan -> scan.table();
            default -> null;
        };
        if (otherMeasured > 0 && table != null) {
            byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
            long bytes = context.transaction().store().approximateSize(prefix,
                    io.pglitedb.storage.KeyEncoder.prefixEnd(prefix));
            tableRows = Math.max(tableRows, bytes / Math.max(1.0, (double) otherBytes / otherMeasured));
        }
        if (table != null && context.catalog() != null) {
            // RocksDB's size is compressed: ANALYZE's row count, when there is one, is nearer
            io.pglitedb.catalog.TableStatistics analyzed = context.catalog().statistics().of(table.oid());
            if (analyzed != null) {
                tableRows = Math.max(tableRows, analyzed.rows());
            }
        }
        int sample = Math.min(lookupRows.size(), LOOKUP_SAMPLE);
        // the entries the sample may read before lookups (an open per small row, then their entries)
        // are known to cost more than reading the table
        double entryCost = lookup.scan() instanceof PrimaryKeyScan ? PRIMARY_KEY_LOOKUP_COST : LOOKUP_COST;
        double allowance = (tableRows - LOOKUP_OPEN_COST * lookupRows.size()) / entryCost
                / Math.max(1, lookupRows.size()) * sample;
        List<Object[]> rows = new ArrayList<>();
        long entries = 0;
        for (int i = 0; i < sample; i++) {
            context.checkCancelled();
            Object[] small = lookupRows.get(i);
            RowIterator matches = openLookup(small);
            if (matches == null) {
                continue;
            }
            try (matches) {
                Object[] found;
                while ((found = matches.next()) != null) {
                    if (entries + entries(matches) >= allowance) {
                        return null; // too many: a hash join over the whole table is cheaper
                    }
                    Object[] row = joined(small, found);
                    if (row != null) {
                        rows.add(row);
                    }
                }
                entries += entries(matches);
            }
            if (entries >= allowance) {
                return null;
            }
        }
        lookupNext = sample;
        sampleEntries = entries;
        for (int i = 0; i < sample; i++) {
            lookupRows.set(i, null);
        }
        return rows;
    }

    /** Whether the iterator reads its whole table (a sequential scan, possibly filtered). */
    private static boolean readsWholeTable(RowIterator it) {
        RowIterator input = unwrapped(it);
        return input instanceof TableScanIterator || input instanceof CountedScan c && c.isSequential();
    }

    /** The iterator under EXPLAIN ANALYZE's instrumentation. */
    private static RowIterator unwrapped(RowIterator it) {
        return it instanceof InstrumentedIterator i ? i.input() : it;
    }

    private static long entries(RowIterator matches) {
        RowIterator it = matches instanceof InstrumentedIterator i ? i.input() : matches;
        return it instanceof IndexScanIterator index ? index.entries() : ((PrimaryKeyScanIterator) it).entries();
    }

    /** The index range of a small-side row's key, or null when a key value is NULL (no match). */
    private RowIterator openLookup(Object[] small) {
        if (lookupCursor == null) {
            lookupCursor = context.transaction().reusableScan();
        }
        return openLookup(small, context, lookupCursor);
    }

    /** {@link #openLookup(Object[])} on a thread with its own context (slots) and cursor. */
    private RowIterator openLookup(Object[] small, ExecContext on, KeyValueIterator cursor) {
        Object[] params = on.params();
        BoundExpr[] smallKeys = lookupRight ? join.leftKeys() : join.rightKeys();
        int[] keys = lookup.keys();
        for (int i = 0; i < keys.length; i++) {
            Object v = smallKeys[keys[i]].eval(small, params);
            if (v == null) {
                return null;
            }
            on.setSlot(lookup.slots()[i], v);
        }
        // the iterator reads the slots when it opens its range, before the next row sets them
        NodeStats stats = on.stats(lookup.scan());
        long start = stats != null && on.timing() ? System.nanoTime() : 0;
        RowIterator it = switch (lookup.scan()) {
            case IndexScan scan -> new IndexScanIterator(scan, on, cursor);
            case PrimaryKeyScan scan -> new PrimaryKeyScanIterator(scan, on, cursor);
            default -> throw new IllegalStateException("lookup through " + lookup.scan());
        };
        return stats == null ? it
                : new InstrumentedIterator(it, stats, on.timing(), on.timing() ? System.nanoTime() - start : 0);
    }

    /**
     * Shares the lookups after the sample with worker threads ({@link ParallelLookups}) when the
     * session allows workers, enough small rows remain, and every expression a lookup evaluates
     * may run on another thread: the small side's keys, the lookup scan's ranges (slot reads of
     * the keys, which a worker sets in its own context) and filter, and the residual.
     */
    private void startWorkers() {
        if (!lookupsParallelSafe()) {
            return;
        }
        int remaining = lookupRows.size() - lookupNext;
        int chunkRows = ParallelLookups.chunkRows(sampleEntries, lookupNext);
        int workers = ParallelLookups.workersFor(context, remaining, chunkRows);
        if (workers == 0) {
            return;
        }
        if (lookupCursor == null) {
            lookupCursor = context.transaction().reusableScan();
        }
        parallel = new ParallelLookups(this::joinChunk, lookupNext, lookupRows.size(), chunkRows, workers, context,
                lookupCursor);
        lookupNext = lookupRows.size();
    }

    private boolean lookupsParallelSafe() {
        BoundExpr[] smallKeys = lookupRight ? join.leftKeys() : join.rightKeys();
        for (int key : lookup.keys()) {
            if (!smallKeys[key].isParallelSafe()) {
                return false;
            }
        }
        if (join.residual() != null && !join.residual().isParallelSafe()) {
            return false;
        }
        return switch (lookup.scan()) {
            case IndexScan scan -> parallelSafe(scan.filter()) && scan.ranges().stream().allMatch(this::parallelSafe);
            case PrimaryKeyScan scan -> parallelSafe(scan.filter()) && parallelSafe(scan.range());
            default -> false;
        };
    }

    private boolean parallelSafe(IndexScan.Range range) {
        for (BoundExpr e : range.equal()) {
            if (!parallelSafe(e)) {
                return false;
            }
        }
        return parallelSafe(range.lower()) && parallelSafe(range.upper());
    }

    /** Null, parallel-safe, or a read of a lookup key's slot (a worker sets its own). */
    private boolean parallelSafe(BoundExpr e) {
        if (e == null || e.isParallelSafe()) {
            return true;
        }
        if (e instanceof io.pglitedb.exec.expr.SlotValue slot) {
            for (int s : lookup.slots()) {
                if (s == slot.slot()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Joins the small-side rows [from, to) with what their lookups find ({@link ParallelLookups.ChunkJoin}). */
    private void joinChunk(int from, int to, ExecContext on, KeyValueIterator cursor, List<Object[]> out) {
        Object[] params = on.params();
        for (int i = from; i < to; i++) {
            Object[] small = lookupRows.get(i);
            lookupRows.set(i, null);
            RowIterator matches = openLookup(small, on, cursor);
            if (matches == null) {
                continue;
            }
            try (matches) {
                Object[] found;
                while ((found = matches.next()) != null) {
                    on.checkCancelled();
                    Object[] row = joined(small, found, params);
                    if (row != null) {
                        out.add(row);
                    }
                }
            }
        }
    }

    /** The joined row of a small-side row and a row it found, or null when the residual rejects it. */
    private Object[] joined(Object[] small, Object[] found) {
        Object[] row = joined(small, found, context.params());
        if (row == null) {
            if (lookupStats != null) {
                lookupStats.removed++;
            } else {
                sampleRejected++;
            }
        }
        return row;
    }

    private Object[] joined(Object[] small, Object[] found, Object[] params) {
        Object[] row = new Object[width];
        if (lookupRight) {
            System.arraycopy(small, 0, row, 0, leftWidth);
            System.arraycopy(found, 0, row, leftWidth, found.length);
        } else {
            System.arraycopy(found, 0, row, 0, leftWidth);
            System.arraycopy(small, 0, row, leftWidth, small.length);
        }
        return join.residual() == null || Boolean.TRUE.equals(join.residual().eval(row, params)) ? row : null;
    }

    /** The next joined row of a lookup join: each small-side row with the rows its key finds. */
    private Object[] nextLookup() {
        if (pendingNext < pending.size()) {
            Object[] row = pending.get(pendingNext);
            pending.set(pendingNext++, null);
            return row;
        }
        if (parallel != null) {
            return nextFromChunks();
        }
        while (true) {
            if (lookupMatches != null) {
                Object[] found;
                while ((found = lookupMatches.next()) != null) {
                    context.checkCancelled();
                    Object[] row = joined(lookupRow, found);
                    if (row != null) {
                        return row;
                    }
                }
                lookupMatches.close();
                lookupMatches = null;
            }
            if (lookupNext >= lookupRows.size()) {
                return null;
            }
            context.checkCancelled();
            lookupRow = lookupRows.get(lookupNext);
            lookupRows.set(lookupNext++, null);
            lookupMatches = openLookup(lookupRow);
        }
    }

    /** The next joined row of the chunks of lookups, in chunk order; a chunk's error after its rows. */
    private Object[] nextFromChunks() {
        while (true) {
            if (chunk != null && chunkNext < chunk.rows.size()) {
                Object[] row = chunk.rows.get(chunkNext);
                chunk.rows.set(chunkNext++, null);
                return row;
            }
            if (chunk != null && chunk.error != null) {
                Throwable error = chunk.error;
                chunk = null;
                throw ParallelWorkers.rethrow(error);
            }
            chunk = parallel.next();
            chunkNext = 0;
            if (chunk == null) {
                return null;
            }
        }
    }

    @Override
    public Object[] next() {
        if (lookup != null) {
            return nextLookup();
        }
        while (!finished) {
            Object[] row = nextJoined();
            if (row != null) {
                return row;
            }
            finished = !nextPair();
        }
        return null;
    }

    /** The next joined row of the table in memory and its probe rows (one pair when spilled), or null at their end. */
    private Object[] nextJoined() {
        JoinType type = join.type();
        Object[] params = context.params();
        while (unmatchedRightIndex < 0) {
            while (candidate >= 0) {
                context.checkCancelled();
                int index = candidate;
                Object[] b = built.row(index);
                candidate = built.find(probeKey, index);
                Object[] row = new Object[width];
                if (builtRight) {
                    System.arraycopy(probeRow, 0, row, 0, leftWidth);
                    System.arraycopy(b, 0, row, leftWidth, b.length);
                } else {
                    System.arraycopy(b, 0, row, 0, leftWidth);
                    System.arraycopy(probeRow, 0, row, leftWidth, probeRow.length);
                }
                if (join.residual() == null || Boolean.TRUE.equals(join.residual().eval(row, params))) {
                    probeMatched = true;
                    if (rightMatched != null) {
                        rightMatched[index] = true;
                    }
                    return row;
                }
            }
            if (probeRow != null && !probeMatched && type.keepsUnmatchedLeft()) {
                Object[] row = new Object[width];
                System.arraycopy(probeRow, 0, row, 0, leftWidth);
                probeRow = null;
                return row;
            }
            Object[] next = nextProbe();
            if (next == null) {
                probeRow = null;
                if (!type.keepsUnmatchedRight()) {
                    return null;
                }
                unmatchedRightIndex = 0;
                break;
            }
            context.checkCancelled();
            probeRow = next;
            probeMatched = false;
            probeKey = key(builtRight ? join.leftKeys() : join.rightKeys(), probeRow, params);
            candidate = probeKey == null ? -1 : built.find(probeKey, -1);
        }
        while (unmatchedRightIndex < built.size()) {
            int index = unmatchedRightIndex++;
            if (!rightMatched[index]) {
                Object[] r = built.row(index);
                Object[] row = new Object[width];
                System.arraycopy(r, 0, row, leftWidth, r.length);
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        closePair();
        for (PartitionPairs.Pair p : pairs) {
            p.close();
        }
        pairs.clear();
        if (spill != null) {
            spill.close();
            spill = null;
        }
        if (lookupMatches != null) {
            lookupMatches.close();
            lookupMatches = null;
        }
        if (parallel != null) {
            parallel.close(); // the workers stop reading before any cursor closes
            parallel = null;
        }
        if (lookupCursor != null) {
            lookupCursor.close();
            lookupCursor = null;
        }
        if (probe != null) {
            probe.close();
        }
    }
}
