package io.pglitedb.exec;

/** What EXPLAIN ANALYZE shows of one plan node: rows produced, times opened, time spent. */
public final class NodeStats {
    long rows;
    long loops;
    long nanos;
    long firstRowNanos;
    /** Rows a scan read and its own filter rejected (Rows Removed by Filter). */
    long removed;
    /** A hash join that ran as index lookups (a nested loop over an index scan). */
    boolean lookups;
    /** How a sort sorted ({@code quicksort}, {@code top-N heapsort}, {@code external merge}); null for other nodes. */
    String sortMethod;
    /** The memory (or, after an external merge, the disk) a sort used, in bytes. */
    long sortSpace;
}
