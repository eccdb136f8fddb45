package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.types.DataType;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * Index ranges, then a point read of each entry's row. Entries and rows are read under the same
 * statement snapshot, so an entry is visible exactly when its row is. As PostgreSQL's bitmap heap
 * scan, the row keys of all ranges are collected first and the rows read in table order (which
 * rows tie in a later sort, and the order of an unsorted result, are then PostgreSQL's); a row
 * reached by two ranges (an IN list with a repeated value) is returned once.
 */
final class IndexScanIterator implements RowIterator, KeyedRows {
    private static final Object[] EMPTY = new Object[0];
    private final IndexScan scan;
    private final IndexDescriptor index;
    private final ExecContext context;
    private final DataType[] types;
    private final byte[] tablePrefix;
    private final Set<ByteBuffer> seen;
    private int nextRange;
    private long entries;
    private KeyValueIterator cursor;
    /** The rows' keys in table order, once the ranges are read; then the next one to read. */
    private byte[][] rowKeys;
    private int nextKey;
    private byte[] currentKey;
    private byte[] currentValue;
    /** Null, or a caller's reusable cursor that each range is read through (left open). */
    private final KeyValueIterator reused;
    /** Row keys read together (RocksDB's MultiGet), their values, and the next one to return. */
    private java.util.List<byte[]> batchKeys = java.util.List.of();
    private java.util.List<byte[]> batchValues = java.util.List.of();
    private int batchNext;
    /** Under EXPLAIN ANALYZE, where the rows the filter rejects are counted; else null. */
    private final NodeStats stats;
    /** The size of the next batch, doubling from one (a scan stopped early reads little ahead). */
    private int batchSize = 1;
    private static final int MAX_BATCH = 256;

    /**
     * The index scan, or a scan of the whole table (same filter, so the same rows, also in table
     * order) when RocksDB estimates that the ranges hold more than 1/{@value #FULL_SCAN_FRACTION} of
     * the index: each entry costs a point read of its row; sorted and read {@value #MAX_BATCH} at a
     * time (MultiGet), five to seven times the cost of a row of a sequential scan (measured at
     * TPC-H scale 0.1: lineitem's 15% cost a little more than the whole table). Without statistics
     * the planner cannot tell {@code d >= date '1998-01-01'} from {@code d >= date '1900-01-01'};
     * the estimate here sees the actual bounds.
     */
    static RowIterator open(IndexScan scan, ExecContext context) {
        IndexScanIterator index = new IndexScanIterator(scan, context);
        if (index.coveredFractionOncePerStatement() * FULL_SCAN_FRACTION > 1) {
            return CountedScan.sequential(
                    new TableScanIterator(scan.table(), scan.filter(), scan.columns(), context, context.stats(scan)),
                    scan.table().oid(), context);
        }
        return CountedScan.index(index, scan.table().oid(), scan.index().oid(), context);
    }

    private static final int FULL_SCAN_FRACTION = 10;
    /** Indexes smaller than this are always read through (the estimate is coarse there). */
    private static final long MIN_ESTIMATED_BYTES = 1 << 20;

    /**
     * {@link #coveredFraction()}, decided once per statement for a scan of equalities only (a
     * subquery run per outer row opens it again and again; RocksDB's estimate costs a few
     * microseconds each time, and one equality of an index is about as selective as another).
     */
    private double coveredFractionOncePerStatement() {
        for (IndexScan.Range range : scan.ranges()) {
            if (range.lower() != null || range.upper() != null) {
                return coveredFraction();
            }
        }
        Double decided = (Double) context.cached(scan);
        if (decided == null) {
            decided = coveredFraction();
            context.cache(scan, decided);
        }
        return decided;
    }

    /** The fraction of the index the ranges hold (RocksDB's estimate), 0 for small indexes. */
    private double coveredFraction() {
        io.pglitedb.storage.Store store = context.transaction().store();
        byte[] whole = new KeyEncoder().addInt(context.databaseOid()).addInt(index.oid()).toBytes();
        long total = store.approximateSize(whole, KeyEncoder.prefixEnd(whole));
        if (total < MIN_ESTIMATED_BYTES) {
            return 0;
        }
        long covered = 0;
        for (IndexScan.Range range : scan.ranges()) {
            byte[][] bounds = bounds(range);
            if (bounds != null) {
                covered += store.approximateSize(bounds[0], bounds[1]);
            }
        }
        return (double) covered / total;
    }

    IndexScanIterator(IndexScan scan, ExecContext context) {
        this(scan, context, null);
    }

    /**
     * @param reused null, or a cursor of {@link io.pglitedb.txn.Transaction#reusableScan()} that
     *     this iterator moves to each of its ranges and leaves open (a lookup per joined row reuses one)
     */
    IndexScanIterator(IndexScan scan, ExecContext context, KeyValueIterator reused) {
        this.reused = reused;
        this.scan = scan;
        this.index = scan.index();
        this.context = context;
        this.types = scan.table().columnTypes();
        this.tablePrefix = RowKeys.tablePrefix(context.databaseOid(), scan.table());
        this.seen = scan.ranges().size() > 1 ? new HashSet<>() : null;
        this.stats = context.stats(scan);
    }

    @Override
    public Object[] next() {
        if (rowKeys == null) {
            rowKeys = collectRowKeys();
        }
        while (true) {
            while (batchNext < batchKeys.size()) {
                context.checkCancelled();
                byte[] key = batchKeys.get(batchNext);
                byte[] value = batchValues.get(batchNext++);
                if (value == null) {
                    continue;
                }
                Object[] row = RowCodec.decode(types, value, scan.columns());
                if (scan.filter() == null || Boolean.TRUE.equals(scan.filter().eval(row, context.params()))) {
                    currentKey = key;
                    currentValue = value;
                    return row;
                }
                if (stats != null) {
                    stats.removed++;
                }
            }
            if (nextKey >= rowKeys.length) {
                return null;
            }
            readBatch();
        }
    }

    /** Point-reads the next row keys together (RocksDB's MultiGet shares their block reads). */
    private void readBatch() {
        int n = Math.min(batchSize, rowKeys.length - nextKey);
        batchKeys = java.util.Arrays.asList(java.util.Arrays.copyOfRange(rowKeys, nextKey, nextKey + n));
        for (int i = 0; i < n; i++) {
            rowKeys[nextKey++] = null;
        }
        batchNext = 0;
        batchValues = context.isWorker() ? context.transaction().getAllAtSnapshot(batchKeys)
                : n == 1 ? java.util.Collections.singletonList(context.transaction().get(batchKeys.get(0)))
                : context.transaction().getAll(batchKeys);
        batchSize = Math.min(MAX_BATCH, batchSize * 2);
    }

    /** The keys of the rows all ranges reach, once each, in table order. */
    private byte[][] collectRowKeys() {
        java.util.List<byte[]> keys = new java.util.ArrayList<>();
        while (cursor != null || openNextRange()) {
            while (cursor.next()) {
                context.checkCancelled();
                entries++;
                byte[] suffix = cursor.value();
                byte[] key = new byte[tablePrefix.length + suffix.length];
                System.arraycopy(tablePrefix, 0, key, 0, tablePrefix.length);
                System.arraycopy(suffix, 0, key, tablePrefix.length, suffix.length);
                if (seen == null || seen.add(ByteBuffer.wrap(key))) {
                    keys.add(key);
                }
            }
            closeCursor();
        }
        byte[][] sorted = keys.toArray(new byte[0][]);
        java.util.Arrays.sort(sorted, KeyEncoder::compareKeys);
        return sorted;
    }

    private void closeCursor() {
        if (reused == null) {
            cursor.close();
        }
        cursor = null;
    }

    /** Opens the cursor of the next non-empty range; false when there is none. */
    private boolean openNextRange() {
        while (nextRange < scan.ranges().size()) {
            IndexScan.Range range = scan.ranges().get(nextRange++);
            byte[][] bounds = bounds(range);
            if (bounds != null) {
                if (reused != null) {
                    context.transaction().rescan(reused, bounds[0], bounds[1]);
                    cursor = reused;
                } else {
                    cursor = context.transaction().scan(bounds[0], bounds[1]);
                }
                return true;
            }
        }
        return false;
    }

    /** [from, to) of a range, or null when it is empty (a comparison with NULL). */
    byte[][] bounds(IndexScan.Range range) {
        Object[] params = context.params();
        KeyEncoder prefix = new KeyEncoder().addInt(context.databaseOid()).addInt(index.oid());
        BoundExpr[] equal = range.equal();
        for (int i = 0; i < equal.length; i++) {
            Object v = equal[i].eval(EMPTY, params);
            if (v == null) {
                return null;
            }
            prefix.add(keyType(i, equal[i]), v, index.isDescending(i), index.isNullsFirst(i));
        }
        byte[] eq = prefix.toBytes();
        byte[] from = eq;
        byte[] to = KeyEncoder.prefixEnd(eq);
        if (range.lower() == null && range.upper() == null) {
            return new byte[][] {from, to};
        }
        int k = equal.length;
        DataType type = keyType(k, range.lower() != null ? range.lower() : range.upper());
        boolean desc = index.isDescending(k);
        if (range.lower() != null) {
            Object v = range.lower().eval(EMPTY, params);
            if (v == null) {
                return null;
            }
            byte[] enc = new KeyEncoder().addRaw(eq).add(type, v, desc, index.isNullsFirst(k)).toBytes();
            if (!desc) {
                from = max(from, range.lowerInclusive() ? enc : KeyEncoder.prefixEnd(enc));
            } else {
                to = min(to, range.lowerInclusive() ? KeyEncoder.prefixEnd(enc) : enc);
            }
        }
        if (range.upper() != null) {
            Object v = range.upper().eval(EMPTY, params);
            if (v == null) {
                return null;
            }
            byte[] enc = new KeyEncoder().addRaw(eq).add(type, v, desc, index.isNullsFirst(k)).toBytes();
            if (!desc) {
                to = min(to, range.upperInclusive() ? KeyEncoder.prefixEnd(enc) : enc);
            } else {
                from = max(from, range.upperInclusive() ? enc : KeyEncoder.prefixEnd(enc));
            }
        }
        if (KeyEncoder.compareKeys(from, to) >= 0) {
            return null;
        }
        return new byte[][] {from, to};
    }

    /** Index column i's type: its table column's, or for an expression the value's (the planner coerced it to the expression's type). */
    private DataType keyType(int i, BoundExpr value) {
        int c = index.column(i);
        return c >= 0 ? types[c] : value.type();
    }

    private static byte[] max(byte[] a, byte[] b) {
        return KeyEncoder.compareKeys(a, b) >= 0 ? a : b;
    }

    private static byte[] min(byte[] a, byte[] b) {
        return KeyEncoder.compareKeys(a, b) <= 0 ? a : b;
    }

    /** Index entries read so far (those the filter dropped included). */
    long entries() {
        return entries;
    }

    @Override
    public byte[] currentKey() {
        return currentKey;
    }

    @Override
    public byte[] currentValue() {
        return currentValue;
    }

    @Override
    public void close() {
        if (cursor != null) {
            closeCursor();
        }
    }
}
