package io.pglitedb.exec;

import io.pglitedb.types.DataType;
import java.util.HashSet;
import java.util.Set;

/** Passes each distinct row once (first occurrence). */
final class DistinctIterator implements RowIterator {
    private final RowIterator input;
    private final DataType[] types;
    private final Set<ValueKey> seen = new HashSet<>();
    private final MemoryBudget memory;
    private long reserved;

    DistinctIterator(RowIterator input, DataType[] types, MemoryBudget memory) {
        this.input = input;
        this.types = types;
        this.memory = memory;
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            if (seen.add(new ValueKey(row, types))) {
                long size = MemoryBudget.rowSize(row) + 48;
                memory.reserve(size);
                reserved += size;
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        memory.release(reserved);
        reserved = 0;
        input.close();
    }
}
