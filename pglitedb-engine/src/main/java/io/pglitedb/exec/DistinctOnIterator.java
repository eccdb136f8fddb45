package io.pglitedb.exec;

import io.pglitedb.sql.plan.DistinctOn;

/** Over input sorted on the DISTINCT ON keys: passes the first row of each run of equal keys. */
final class DistinctOnIterator implements RowIterator {
    private final RowIterator input;
    private final DistinctOn plan;
    private ValueKey previous;

    DistinctOnIterator(RowIterator input, DistinctOn plan) {
        this.input = input;
        this.plan = plan;
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            Object[] key = new Object[plan.keyColumns().length];
            for (int i = 0; i < key.length; i++) {
                key[i] = row[plan.keyColumns()[i]];
            }
            ValueKey k = new ValueKey(key, plan.keyTypes());
            if (!k.equals(previous)) {
                previous = k;
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
