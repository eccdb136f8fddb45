package io.pglitedb.exec;

/** Counts the rows (and, with timing, the time) of one operator for EXPLAIN ANALYZE. */
class InstrumentedIterator implements RowIterator {
    /** Over a scan whose keys others read (a hash join measures its rows' size). */
    static final class Keyed extends InstrumentedIterator implements KeyedRows {
        Keyed(RowIterator input, NodeStats stats, boolean timing, long openNanos) {
            super(input, stats, timing, openNanos);
        }

        @Override
        public byte[] currentKey() {
            return ((KeyedRows) input()).currentKey();
        }

        @Override
        public byte[] currentValue() {
            return ((KeyedRows) input()).currentValue();
        }
    }

    private final RowIterator input;
    private final NodeStats stats;
    private final boolean timing;
    private boolean first = true;
    /** The time this loop spent until its first row (opening included): its part of the startup time. */
    private long loopNanos;

    InstrumentedIterator(RowIterator input, NodeStats stats, boolean timing, long openNanos) {
        this.input = input;
        this.stats = stats;
        this.timing = timing;
        stats.loops++;
        stats.nanos += openNanos;
        loopNanos = openNanos;
    }

    @Override
    public Object[] next() {
        long start = timing ? System.nanoTime() : 0;
        Object[] row = input.next();
        if (timing) {
            long spent = System.nanoTime() - start;
            stats.nanos += spent;
            if (first) {
                stats.firstRowNanos += loopNanos + spent;
            }
        }
        first = false;
        if (row != null) {
            stats.rows++;
        }
        return row;
    }

    RowIterator input() {
        return input;
    }

    @Override
    public void close() {
        input.close();
    }
}
