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
    /** Where rejected rows are counted under EXPLAIN ANALYZE; null otherwise. */
    private final NodeStats stats;
    private byte[] currentValue;

    /** @param columns the columns to decode (null: all); the others are left null */
    TableScanIterator(TableDescriptor table, BoundExpr filter, boolean[] columns, ExecContext context) {
        this(table, filter, columns, context, null);
    }

    /** @param stats where to count the rows the filter rejects (null: nowhere) */
    TableScanIterator(TableDescriptor table, BoundExpr filter, boolean[] columns, ExecContext context, NodeStats stats) {
        context.transaction().lockTable(context.databaseOid(), table.oid(), LockMode.ACCESS_SHARE, WaitPolicy.BLOCK);
        byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
        this.cursor = context.transaction().scan(prefix, KeyEncoder.prefixEnd(prefix));
        this.types = table.columnTypes();
        this.filter = filter;
        this.columns = columns;
        this.context = context;
        this.stats = stats;
    }

    @Override
    public Object[] next() {
        while (cursor.next()) {
            context.checkCancelled();
            Object[] row = RowCodec.decode(types, cursor.value(), columns);
            if (filter == null || Boolean.TRUE.equals(filter.eval(row, context.params()))) {
                currentValue = cursor.value();
                return row;
            }
            if (stats != null) {
                stats.removed++;
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
