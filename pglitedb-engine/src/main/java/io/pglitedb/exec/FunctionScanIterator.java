package io.pglitedb.exec;

import io.pglitedb.sql.plan.FunctionScan;
import java.util.Iterator;

/** Runs a table function once, when opened, and returns its rows. */
final class FunctionScanIterator implements RowIterator {
    private static final Object[] EMPTY = new Object[0];
    private final Iterator<Object[]> rows;

    FunctionScanIterator(FunctionScan scan, ExecContext context) {
        Object[] args = new Object[scan.args().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = scan.args()[i].eval(EMPTY, context.params());
        }
        rows = scan.function().rows(args);
    }

    @Override
    public Object[] next() {
        return rows.hasNext() ? rows.next() : null;
    }
}
