package io.pglitedb.exec;

import io.pglitedb.sql.plan.SystemScan;
import java.util.Iterator;

/**
 * The rows of a system relation, computed when the scan opens. Asked for their system columns,
 * the rows are numbered (ctid (0,1), (0,2) ...: a catalog row has no stored place) and show the
 * bootstrap transaction 1 as xmin, as PostgreSQL's catalog rows made by initdb do.
 */
final class SystemScanIterator implements RowIterator {
    private static final long BOOTSTRAP_XID = 1;

    private final Iterator<Object[]> rows;
    private final int columns;
    private final boolean rowSystemColumns;
    private long position;

    SystemScanIterator(SystemScan scan, ExecContext context) {
        this.rows = scan.relation().rows(context.systemContext()).iterator();
        this.columns = scan.relation().columns().size();
        this.rowSystemColumns = scan.rowSystemColumns();
    }

    @Override
    public Object[] next() {
        if (!rows.hasNext()) {
            return null;
        }
        Object[] row = rows.next();
        if (!rowSystemColumns) {
            return row;
        }
        position++;
        Object[] out = java.util.Arrays.copyOf(row, columns + RowSystemValues.COLUMNS);
        out[columns] = RowSystemValues.numberedTid(position);
        out[columns + 1] = BOOTSTRAP_XID;
        return out;
    }
}
