package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;

/**
 * A table scan whose rows carry their system columns ctid and xmin after the table's
 * ({@link io.pglitedb.sql.plan.SystemColumnsScan}; values: {@link RowSystemValues}).
 */
final class SystemColumnsScanIterator implements RowIterator, KeyedRows {
    private final TableScanIterator scan;
    private final RowSystemValues values;
    private final int columns;

    SystemColumnsScanIterator(TableDescriptor table, ExecContext context) {
        this.scan = new TableScanIterator(table, null, null, context);
        this.values = new RowSystemValues(table, context);
        this.columns = table.columns().size();
    }

    @Override
    public Object[] next() {
        Object[] row = scan.next();
        if (row == null) {
            return null;
        }
        return values.append(row, columns, scan.currentKey(), io.pglitedb.storage.RowCodec.versionStamp(scan.currentValue()));
    }

    @Override
    public byte[] currentKey() {
        return scan.currentKey();
    }

    @Override
    public byte[] currentValue() {
        return scan.currentValue();
    }

    @Override
    public void close() {
        scan.close();
    }
}
