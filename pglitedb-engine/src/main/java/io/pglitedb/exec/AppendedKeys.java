package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import java.util.Arrays;

/**
 * Rows widened by key values: the first {@code width} columns of each input row, then each key
 * expression's value over the row, so that a sort can order them by those columns (a window's
 * partition and order keys, a merge join's join keys).
 */
final class AppendedKeys implements RowIterator {
    private final RowIterator rows;
    private final BoundExpr[] keys;
    private final int width;
    private final ExecContext context;

    AppendedKeys(RowIterator rows, BoundExpr[] keys, int width, ExecContext context) {
        this.rows = rows;
        this.keys = keys;
        this.width = width;
        this.context = context;
    }

    @Override
    public Object[] next() {
        Object[] row = rows.next();
        if (row == null) {
            return null;
        }
        Object[] widened = Arrays.copyOf(row, width + keys.length);
        Object[] params = context.params();
        for (int k = 0; k < keys.length; k++) {
            widened[width + k] = keys[k].eval(row, params);
        }
        return widened;
    }

    @Override
    public void close() {
        rows.close();
    }
}
