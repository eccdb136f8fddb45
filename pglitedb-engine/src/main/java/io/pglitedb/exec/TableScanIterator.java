package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;

/** Reads all rows of a table visible to the transaction, in key order, applying a filter. */
final class TableScanIterator implements RowIterator, KeyedRows {
    private final KeyValueIterator cursor;
    private final DataType[] types;
    private final BoundExpr filter;
    private final boolean[] columns;
    private final ExecContext context;
    private byte[] currentValue;

    /** @param columns the columns to decode (null: all); the others are left null */
    TableScanIterator(TableDescriptor table, BoundExpr filter, boolean[] columns, ExecContext context) {
        context.transaction().lockTable(context.databaseOid(), table.oid(), LockMode.ACCESS_SHARE, WaitPolicy.BLOCK);
        byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
        byte[] end = KeyEncoder.prefixEnd(prefix);
        this.cursor = isBulkOncePerStatement(table, prefix, end, context)
                ? context.transaction().bulkScan(prefix, end)
                : context.transaction().scan(prefix, end);
        this.types = table.columnTypes();
        this.filter = filter;
        this.columns = columns;
        this.context = context;
    }

    /**
     * Whether the table takes more than 1/{@value #BULK_CACHE_SHARE} of the block cache (RocksDB's
     * estimate of its stored, compressed size): then a scan of it does not fill the cache
     * ({@link io.pglitedb.txn.Transaction#bulkScan}). Decided once per statement and table, so
     * the inner side of a nested loop does not ask again per outer row.
     */
    private static boolean isBulkOncePerStatement(TableDescriptor table, byte[] prefix, byte[] end,
            ExecContext context) {
        Boolean bulk = (Boolean) context.cached(table);
        if (bulk == null) {
            io.pglitedb.storage.Store store = context.transaction().store();
            bulk = store.approximateSize(prefix, end) > store.blockCacheBytes() / BULK_CACHE_SHARE;
            context.cache(table, bulk);
        }
        return bulk;
    }

    private static final int BULK_CACHE_SHARE = 4;

    @Override
    public Object[] next() {
        while (cursor.next()) {
            context.checkCancelled();
            Object[] row = RowCodec.decode(types, cursor.value(), columns);
            if (filter == null || Boolean.TRUE.equals(filter.eval(row, context.params()))) {
                currentValue = cursor.value();
                return row;
            }
        }
        return null;
    }

    /** The cursor stays on the row returned last, and copies its key only when asked (DML, locking). */
    @Override
    public byte[] currentKey() {
        return cursor.key();
    }

    @Override
    public byte[] currentValue() {
        return currentValue;
    }

    @Override
    public void close() {
        cursor.close();
    }
}
