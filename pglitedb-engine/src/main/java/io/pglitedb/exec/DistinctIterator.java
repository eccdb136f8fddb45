package io.pglitedb.exec;

import io.pglitedb.types.DataType;
import java.util.HashSet;
import java.util.Set;

/** Passes each distinct row once (first occurrence). */
final class DistinctIterator implements RowIterator {
    private final RowIterator input;
    private final DataType[] types;
    private final Set<ValueKey> seen = new HashSet<>();

    DistinctIterator(RowIterator input, DataType[] types) {
        this.input = input;
        this.types = types;
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            if (seen.add(new ValueKey(row, types))) {
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
