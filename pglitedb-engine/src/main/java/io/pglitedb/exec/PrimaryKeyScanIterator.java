package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;

/** The rows of one primary key range (see {@link PrimaryKeyScan}), in key order, filtered. */
final class PrimaryKeyScanIterator implements RowIterator, KeyedRows {
    private static final Object[] EMPTY = new Object[0];
    private final KeyValueIterator cursor;
    private final DataType[] types;
    private final BoundExpr filter;
    private final boolean[] columns;
    private final ExecContext context;
    /** Under EXPLAIN ANALYZE, where the rows the filter rejects are counted; else null. */
    private final NodeStats stats;
    private long entries;
    private byte[] currentKey;
    private byte[] currentValue;
    /** False when the cursor is a caller's reusable one (left open by {@link #close()}). */
    private final boolean ownsCursor;

    PrimaryKeyScanIterator(PrimaryKeyScan scan, ExecContext context) {
        this(scan, context, null);
    }

    /**
     * @param reused null, or a cursor of {@link io.pglitedb.txn.Transaction#reusableScan()} that this
     *     iterator moves to its range and leaves open (a lookup per joined row reuses one)
     */
    PrimaryKeyScanIterator(PrimaryKeyScan scan, ExecContext context, KeyValueIterator reused) {
        if (!context.isWorker()) { // a worker's statement holds the lock already
            context.transaction().lockTable(context.databaseOid(), scan.table().oid(), LockMode.ACCESS_SHARE,
                    WaitPolicy.BLOCK);
        }
        this.types = scan.table().columnTypes();
        this.filter = scan.filter();
        this.columns = scan.columns();
        this.context = context;
        this.stats = context.stats(scan);
        byte[][] bounds = bounds(scan, context);
        this.ownsCursor = reused == null;
        if (bounds == null) {
            this.cursor = null;
        } else if (reused != null) {
            context.transaction().rescan(reused, bounds[0], bounds[1]);
            this.cursor = reused;
        } else {
            this.cursor = context.transaction().scan(bounds[0], bounds[1]);
        }
    }

    /** [from, to) of the range, or null when it is empty (a comparison with NULL). */
    private byte[][] bounds(PrimaryKeyScan scan, ExecContext context) {
        Object[] params = context.params();
        int[] pk = scan.table().primaryKey();
        IndexScan.Range range = scan.range();
        KeyEncoder prefix = new KeyEncoder().addRaw(RowKeys.tablePrefix(context.databaseOid(), scan.table()));
        BoundExpr[] equal = range.equal();
        for (int i = 0; i < equal.length; i++) {
            Object v = equal[i].eval(EMPTY, params);
            if (v == null) {
                return null;
            }
            prefix.add(types[pk[i]], v);
        }
        byte[] eq = prefix.toBytes();
        byte[] from = eq;
        byte[] to = KeyEncoder.prefixEnd(eq);
        DataType next = equal.length < pk.length ? types[pk[equal.length]] : null;
        if (range.lower() != null) {
            Object v = range.lower().eval(EMPTY, params);
            if (v == null) {
                return null;
            }
            byte[] enc = new KeyEncoder().addRaw(eq).add(next, v).toBytes();
            from = max(from, range.lowerInclusive() ? enc : KeyEncoder.prefixEnd(enc));
        }
        if (range.upper() != null) {
            Object v = range.upper().eval(EMPTY, params);
            if (v == null) {
                return null;
            }
            byte[] enc = new KeyEncoder().addRaw(eq).add(next, v).toBytes();
            to = min(to, range.upperInclusive() ? KeyEncoder.prefixEnd(enc) : enc);
        }
        return KeyEncoder.compareKeys(from, to) >= 0 ? null : new byte[][] {from, to};
    }

    private static byte[] max(byte[] a, byte[] b) {
        return KeyEncoder.compareKeys(a, b) >= 0 ? a : b;
    }

    private static byte[] min(byte[] a, byte[] b) {
        return KeyEncoder.compareKeys(a, b) <= 0 ? a : b;
    }

    @Override
    public Object[] next() {
        if (cursor == null) {
            return null;
        }
        while (cursor.next()) {
            context.checkCancelled();
            entries++;
            Object[] row = RowCodec.decode(types, cursor.value(), columns);
            if (filter == null || Boolean.TRUE.equals(filter.eval(row, context.params()))) {
                currentKey = cursor.key();
                currentValue = cursor.value();
                return row;
            }
            if (stats != null) {
                stats.removed++;
            }
        }
        return null;
    }

    /** Rows read so far (those the filter dropped included). */
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
        if (cursor != null && ownsCursor) {
            cursor.close();
        }
    }
}
