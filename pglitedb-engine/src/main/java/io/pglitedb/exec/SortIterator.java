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
    /** Rows a LIMIT above will read, or 0 when unbounded. */
    private int bound;

    SortIterator(RowIterator input, List<SortKey> keys, ExecContext context) {
        this.input = input;
        this.keys = keys;
        this.context = context;
    }

    /**
     * Tells the sort that only its first {@code rows} rows will be read (a LIMIT above it): past
     * twice that many input rows it keeps them in PostgreSQL's bounded heap instead.
     */
    void bound(long rows) {
        if (rows > 0 && rows <= Integer.MAX_VALUE / 2) {
            bound = (int) rows;
        }
    }

    @Override
    public Object[] next() {
        if (rows == null) {
            RowComparator comparator = new RowComparator(keys);
            rows = new ArrayList<>();
            BoundedHeap heap = null;
            Object[] row;
            while ((row = input.next()) != null) {
                context.checkCancelled();
                if (heap != null) {
                    heap.add(row);
                    continue;
                }
                long size = MemoryBudget.rowSize(row);
                context.memory().reserve(size);
                reserved += size;
                rows.add(row);
                if (bound > 0 && rows.size() > bound * 2) {
                    heap = new BoundedHeap(bound, comparator);
                    for (Object[] kept : rows) {
                        heap.add(kept);
                    }
                    rows = null;
                }
            }
            Object[][] sorted;
            if (heap != null) {
                sorted = heap.sorted();
            } else {
                sorted = rows.toArray(new Object[0][]);
                PostgresQuicksort.sort(sorted, sorted.length, comparator);
            }
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
