package io.pglitedb.exec;

import io.pglitedb.sql.plan.SystemScan;
import java.util.Iterator;

/** The rows of a system relation, computed when the scan opens. */
final class SystemScanIterator implements RowIterator {
    private final Iterator<Object[]> rows;

    SystemScanIterator(SystemScan scan, ExecContext context) {
        this.rows = scan.relation().rows(context.systemContext()).iterator();
    }

    @Override
    public Object[] next() {
        return rows.hasNext() ? rows.next() : null;
    }
}
