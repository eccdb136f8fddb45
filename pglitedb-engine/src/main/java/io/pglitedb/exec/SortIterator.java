package io.pglitedb.exec;

import io.pglitedb.sql.plan.SortKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the whole input with PostgreSQL's quicksort, so rows equal in the sort keys come out in the
 * order PostgreSQL returns them; past work_mem it sorts runs to temporary files and merges them.
 */
final class SortIterator implements RowIterator {
    private final RowIterator input;
    private final List<SortKey> keys;
    private final ExecContext context;
    /** The sorted rows, once the input is read. */
    private RowIterator output;
    /** Runs written to disk when the input passed work_mem. */
    private final List<SpillFile> runs = new ArrayList<>();
    /** Bytes of the rows held in memory, reserved in the statement's budget. */
    private long reserved;
    /** Rows a LIMIT above will read, or 0 when unbounded. */
    private int bound;
    /** Where EXPLAIN ANALYZE learns how the rows were sorted; null otherwise. */
    private final NodeStats stats;

    SortIterator(RowIterator input, List<SortKey> keys, ExecContext context, NodeStats stats) {
        this.input = input;
        this.keys = keys;
        this.context = context;
        this.stats = stats;
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
        if (output == null) {
            output = sortInput();
        }
        return output.next();
    }

    /**
     * Reads the whole input. Rows are kept in memory until they pass work_mem; then each such run is
     * sorted and written to a temporary file, and the runs are merged at the end (PostgreSQL's
     * external merge). Rows with values of other types than the common scalar ones stay in memory,
     * bounded by the statement's memory budget.
     */
    private RowIterator sortInput() {
        RowComparator comparator = new RowComparator(keys);
        List<Object[]> rows = new ArrayList<>();
        BoundedHeap heap = null;
        boolean spillable = true;
        long workMem = context.workMem();
        Object[] row;
        while ((row = input.next()) != null) {
            context.checkCancelled();
            if (heap != null) {
                heap.add(row);
                continue;
            }
            long size = MemoryBudget.rowSize(row);
            if (spillable && workMem > 0 && reserved + size > workMem && !rows.isEmpty()) {
                spillable = canWriteAll(rows); // checked when a run is due, not on every row
                if (spillable) {
                    runs.add(writeRun(rows, comparator));
                    rows = new ArrayList<>();
                }
            }
            context.memory().reserve(size);
            reserved += size;
            rows.add(row);
            if (bound > 0 && runs.isEmpty() && rows.size() > bound * 2) {
                heap = new BoundedHeap(bound, comparator);
                for (Object[] kept : rows) {
                    heap.add(kept);
                }
                rows = null;
            }
        }
        if (stats != null) {
            describe(heap != null);
        }
        Object[][] sorted;
        if (heap != null) {
            sorted = heap.sorted();
        } else {
            sorted = rows.toArray(new Object[0][]);
            PostgresQuicksort.sort(sorted, sorted.length, comparator);
        }
        RowIterator inMemory = new ArrayRows(sorted);
        if (runs.isEmpty()) {
            return inMemory;
        }
        List<RowIterator> sources = new ArrayList<>();
        for (SpillFile run : runs) {
            sources.add(run::read);
        }
        sources.add(inMemory);
        return new MergedRuns(sources, comparator);
    }

    /** Tells EXPLAIN ANALYZE the sort's method and the memory or disk it used (PostgreSQL's Sort Method). */
    private void describe(boolean heap) {
        if (!runs.isEmpty()) {
            long disk = 0;
            for (SpillFile run : runs) {
                disk += run.bytes();
            }
            stats.sortMethod = "external merge";
            stats.sortSpace = disk;
        } else {
            stats.sortMethod = heap ? "top-N heapsort" : "quicksort";
            stats.sortSpace = reserved;
        }
    }

    private static boolean canWriteAll(List<Object[]> rows) {
        for (Object[] r : rows) {
            if (!SpillFile.canWrite(r)) {
                return false;
            }
        }
        return true;
    }

    /** Sorts the rows kept so far into a run on disk and gives their memory back. */
    private SpillFile writeRun(List<Object[]> rows, RowComparator comparator) {
        Object[][] sorted = rows.toArray(new Object[0][]);
        PostgresQuicksort.sort(sorted, sorted.length, comparator);
        SpillFile run = new SpillFile();
        for (Object[] r : sorted) {
            run.write(r);
        }
        run.finishWriting();
        context.memory().release(reserved);
        reserved = 0;
        return run;
    }

    /** Sorted rows in an array. */
    private static final class ArrayRows implements RowIterator {
        private final Object[][] rows;
        private int next;

        ArrayRows(Object[][] rows) {
            this.rows = rows;
        }

        @Override
        public Object[] next() {
            return next < rows.length ? rows[next++] : null;
        }

    }

    /** A k-way merge of sorted sources; of equal rows, the one from the earlier source comes first. */
    private static final class MergedRuns implements RowIterator {
        private record Head(Object[] row, int source) {
        }

        private final List<RowIterator> sources;
        private final java.util.PriorityQueue<Head> heads;

        MergedRuns(List<RowIterator> sources, RowComparator comparator) {
            this.sources = sources;
            this.heads = new java.util.PriorityQueue<>(Math.max(1, sources.size()), (a, b) -> {
                int c = comparator.compare(a.row, b.row);
                return c != 0 ? c : Integer.compare(a.source, b.source);
            });
            for (int i = 0; i < sources.size(); i++) {
                advance(i);
            }
        }

        private void advance(int source) {
            Object[] row = sources.get(source).next();
            if (row != null) {
                heads.add(new Head(row, source));
            }
        }

        @Override
        public Object[] next() {
            Head head = heads.poll();
            if (head == null) {
                return null;
            }
            advance(head.source);
            return head.row;
        }

    }

    @Override
    public void close() {
        context.memory().release(reserved);
        reserved = 0;
        output = null;
        for (SpillFile run : runs) {
            run.close();
        }
        runs.clear();
        input.close();
    }
}
