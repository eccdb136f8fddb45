package io.pglitedb.exec;

import java.util.Arrays;

/**
 * The rows of one window partition, read by position (PostgreSQL's tuplestore under WindowAgg):
 * held in memory until they pass work_mem, then the rest are written to a temporary file and read
 * back by their offsets: a few readers each go forward through the file (the frame's head and tail,
 * a lag or lead target, the current row), and a small cache keeps recently read rows for the usual
 * look-backs of a frame's width. Rows with values the file cannot hold stay in memory under the
 * statement's budget.
 */
final class PartitionRows implements AutoCloseable {
    private static final int CACHE = 1024; // a power of two
    private static final int READERS = 4;

    private final ExecContext context;
    private Object[][] kept = new Object[16][];
    /** Where each row in the file starts; -1 for rows kept in memory. */
    private long[] offsets = new long[16];
    private int size;
    private SpillFile file;
    private boolean reading;
    private final SpillFile.Reader[] readers = new SpillFile.Reader[READERS];
    /** The row each reader gives next. */
    private final int[] readerNext = new int[READERS];
    /** When each reader was last used, to reuse the least recent one. */
    private final long[] readerUsed = new long[READERS];
    private long reads;
    private Object[][] cached;
    private int[] cachedIndex;
    private long reserved;

    PartitionRows(ExecContext context) {
        this.context = context;
    }

    int size() {
        return size;
    }

    void add(Object[] row) {
        if (size == kept.length) {
            kept = Arrays.copyOf(kept, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        long bytes = MemoryBudget.rowSize(row);
        long workMem = context.workMem();
        if ((file != null || (workMem > 0 && reserved + bytes > workMem)) && SpillFile.canWrite(row)) {
            if (file == null) {
                file = new SpillFile();
            }
            offsets[size] = file.offset();
            file.write(row);
        } else {
            context.memory().reserve(bytes);
            reserved += bytes;
            kept[size] = row;
            offsets[size] = -1;
        }
        size++;
    }

    Object[] get(int i) {
        if (offsets[i] < 0) {
            return kept[i];
        }
        if (!reading) {
            file.finishWriting();
            reading = true;
            cached = new Object[CACHE][];
            cachedIndex = new int[CACHE];
            Arrays.fill(cachedIndex, -1);
        }
        int slot = i & (CACHE - 1);
        if (cachedIndex[slot] == i) {
            return cached[slot];
        }
        int r = readerAt(i);
        Object[] row = readers[r].read();
        readerNext[r] = nextInFile(i);
        readerUsed[r] = ++reads;
        cached[slot] = row;
        cachedIndex[slot] = i;
        return row;
    }

    /** A reader whose next row is row i: one already there, else a new one or the least recently used moved. */
    private int readerAt(int i) {
        int free = -1;
        int oldest = 0;
        for (int r = 0; r < READERS; r++) {
            if (readers[r] == null) {
                free = free < 0 ? r : free;
            } else if (readerNext[r] == i) {
                return r;
            } else if (readerUsed[r] < readerUsed[oldest] || readers[oldest] == null) {
                oldest = r;
            }
        }
        int r = free >= 0 ? free : oldest;
        if (readers[r] != null) {
            readers[r].close();
        }
        readers[r] = file.reader(offsets[i]);
        return r;
    }

    private int nextInFile(int i) {
        int j = i + 1;
        while (j < size && offsets[j] < 0) {
            j++;
        }
        return j;
    }

    @Override
    public void close() {
        for (int r = 0; r < READERS; r++) {
            if (readers[r] != null) {
                readers[r].close();
                readers[r] = null;
            }
        }
        if (file != null) {
            file.close();
            file = null;
        }
        kept = null;
        cached = null;
        context.memory().release(reserved);
        reserved = 0;
    }
}
