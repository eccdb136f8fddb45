package io.pglitedb.exec;

import java.util.List;

/** The rows of the current work table of a recursive query. */
final class WorkTableIterator implements RowIterator {
    private final List<Object[]> rows;
    private int next;

    @SuppressWarnings("unchecked")
    WorkTableIterator(int slot, ExecContext context) {
        this.rows = (List<Object[]>) context.slot(slot);
    }

    @Override
    public Object[] next() {
        return next < rows.size() ? rows.get(next++) : null;
    }
}
