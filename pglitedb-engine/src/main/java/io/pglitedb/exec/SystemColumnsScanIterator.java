package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.plan.SystemColumnsScan;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.types.TidType;

/**
 * A table scan whose rows carry their system columns ctid and xmin after the table's
 * ({@link SystemColumnsScan}; values: {@link RowSystemValues}); with a tid, the point read of
 * the row at that ctid.
 */
final class SystemColumnsScanIterator implements RowIterator, KeyedRows {
    private static final Object[] EMPTY = new Object[0];

    private final TableScanIterator scan;
    private final RowSystemValues values;
    private final int columns;
    private final TableDescriptor table;
    private final SystemColumnsScan plan;
    private final ExecContext context;
    private boolean looked;
    private byte[] currentKey;
    private byte[] currentValue;

    SystemColumnsScanIterator(SystemColumnsScan plan, ExecContext context) {
        this.table = plan.table();
        this.plan = plan;
        this.context = context;
        this.scan = plan.tid() == null ? new TableScanIterator(table, null, null, context) : null;
        this.values = new RowSystemValues(table, context);
        this.columns = table.columns().size();
    }

    @Override
    public Object[] next() {
        if (scan == null) {
            return lookup();
        }
        Object[] row = scan.next();
        if (row == null) {
            return null;
        }
        return values.append(row, columns, scan.currentKey(), RowCodec.versionStamp(scan.currentValue()));
    }

    /** The row at the tid, once: a row id (block * 65535 + offset) of a table without a primary key. */
    private Object[] lookup() {
        if (looked) {
            return null;
        }
        looked = true;
        Object tid = plan.tid().eval(EMPTY, context.params());
        if (tid == null) {
            return null;
        }
        long rowId = RowSystemValues.rowNumber((Long) tid);
        if (rowId <= 0) {
            return null;
        }
        byte[] key = RowKeys.rowIdKey(context.databaseOid(), table, rowId);
        byte[] value = context.transaction().get(key);
        if (value == null) {
            return null;
        }
        currentKey = key;
        currentValue = value;
        return values.append(RowCodec.decode(table.columnTypes(), value), columns, key, RowCodec.versionStamp(value));
    }

    @Override
    public byte[] currentKey() {
        return scan != null ? scan.currentKey() : currentKey;
    }

    @Override
    public byte[] currentValue() {
        return scan != null ? scan.currentValue() : currentValue;
    }

    @Override
    public void close() {
        if (scan != null) {
            scan.close();
        }
    }
}
