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
}
