package io.pglitedb.exec;

import io.pglitedb.sql.plan.SortKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the whole input in memory with PostgreSQL's quicksort, so rows equal in the sort keys come
 * out in the order PostgreSQL returns them.
 */
final class SortIterator implements RowIterator {
    private final RowIterator input;
    private final List<SortKey> keys;
    private final ExecContext context;
    private List<Object[]> rows;
    private int next;
    private long reserved;

    SortIterator(RowIterator input, List<SortKey> keys, ExecContext context) {
        this.input = input;
        this.keys = keys;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (rows == null) {
            rows = new ArrayList<>();
            Object[] row;
            while ((row = input.next()) != null) {
                context.checkCancelled();
                long size = MemoryBudget.rowSize(row);
                context.memory().reserve(size);
                reserved += size;
                rows.add(row);
            }
            Object[][] sorted = rows.toArray(new Object[0][]);
            PostgresQuicksort.sort(sorted, sorted.length, new RowComparator(keys));
            rows = java.util.Arrays.asList(sorted);
        }
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public void close() {
        context.memory().release(reserved);
        reserved = 0;
        rows = null;
        input.close();
    }
}
