package io.pglitedb.exec;

import io.pglitedb.sql.plan.Append;

/** The rows of each input in turn; an input is opened only when the previous one is done. */
final class AppendIterator implements RowIterator {
    private final Append append;
    private final ExecContext context;
    private int index = -1;
    private RowIterator current;

    AppendIterator(Append append, ExecContext context) {
        this.append = append;
        this.context = context;
    }

    @Override
    public Object[] next() {
        while (true) {
            if (current != null) {
                Object[] row = current.next();
                if (row != null) {
                    return row;
                }
                current.close();
                current = null;
            }
            if (++index >= append.inputs().size()) {
                return null;
            }
            current = Executor.open(append.inputs().get(index), context);
        }
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}
