package io.pglitedb.exec;

/** One empty row. */
final class OneRowIterator implements RowIterator {
    private static final Object[] EMPTY = new Object[0];
    private boolean done;

    @Override
    public Object[] next() {
        if (done) {
            return null;
        }
        done = true;
        return EMPTY;
    }
}
