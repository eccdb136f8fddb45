package io.pglitedb.exec;

import io.pglitedb.sql.plan.FunctionScan;
import java.util.Iterator;

/** Runs a table function once, when opened, and returns its rows (numbered WITH ORDINALITY). */
final class FunctionScanIterator implements RowIterator {
    private static final Object[] EMPTY = new Object[0];
    private final Iterator<Object[]> rows;
    private final boolean ordinality;
    private final int width;
    private final ExecContext context;
    private long count;

    FunctionScanIterator(FunctionScan scan, ExecContext context) {
        Object[] args = new Object[scan.args().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = scan.args()[i].eval(EMPTY, context.params());
        }
        this.rows = scan.function().rows(args, context);
        this.ordinality = scan.ordinality();
        this.width = scan.width();
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (!rows.hasNext()) {
            return null;
        }
        Object[] row = rows.next();
        count++;
        if ((count & 0xFFFF) == 0) {
            context.checkCancelled();
        }
        if (!ordinality) {
            return row;
        }
        Object[] numbered = java.util.Arrays.copyOf(row, width);
        numbered[width - 1] = count;
        return numbered;
    }
}
