package io.pglitedb.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows set aside for later, read back once in the order written: in a temporary file, except rows
 * the file cannot hold (values of other types than {@link SpillFile#canWrite} knows), which stay in
 * memory under the statement's budget and come back after the file's rows.
 */
final class SpilledRows implements AutoCloseable {
    private final ExecContext context;
    private SpillFile file;
    private List<Object[]> kept;
    private long reserved;
    private long rows;

    SpilledRows(ExecContext context) {
        this.context = context;
    }

    void add(Object[] row) {
        rows++;
        if (SpillFile.canWrite(row)) {
            if (file == null) {
                file = new SpillFile();
            }
            file.write(row);
            return;
        }
        long size = MemoryBudget.rowSize(row);
        context.memory().reserve(size);
        reserved += size;
        if (kept == null) {
            kept = new ArrayList<>();
        }
        kept.add(row);
    }

    long rows() {
        return rows;
    }

    /** Ends writing and returns the rows (one reader; closing it does not close these rows). */
    RowIterator read() {
        if (file != null) {
            file.finishWriting();
        }
        return new RowIterator() {
            private int next;

            @Override
            public Object[] next() {
                if (file != null) {
                    Object[] row = file.read();
                    if (row != null) {
                        return row;
                    }
                }
                if (kept == null || next >= kept.size()) {
                    return null;
                }
                Object[] row = kept.get(next);
                kept.set(next++, null);
                return row;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
            file = null;
        }
        kept = null;
        context.memory().release(reserved);
        reserved = 0;
    }
}
