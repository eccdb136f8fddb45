package io.pglitedb.exec;

import io.pglitedb.stats.TableActivity;

/**
 * A table scan counted in the pg_stat_*_tables / *_indexes counters: one scan when opened, and
 * every row it produces. Index scans count on the table and on the index (index OID 0 for the
 * primary key, which pg_stat_*_indexes shows by the table).
 */
final class CountedScan implements RowIterator, KeyedRows {
    private final RowIterator scan;
    private final TableActivity.Counters table;
    private final TableActivity.Counters index;
    private final boolean sequential;
    private long rows;

    private CountedScan(RowIterator scan, TableActivity.Counters table, TableActivity.Counters index, boolean sequential) {
        this.scan = scan;
        this.table = table;
        this.index = index;
        this.sequential = sequential;
    }

    /** {@code scan} counted as a sequential scan of {@code tableOid}, or itself when nothing counts. */
    static RowIterator sequential(RowIterator scan, int tableOid, ExecContext context) {
        TableActivity activity = context.tableActivity();
        if (activity == null) {
            return scan;
        }
        TableActivity.Counters table = activity.of(context.databaseOid(), tableOid);
        table.seqScan();
        return new CountedScan(scan, table, null, true);
    }

    /** {@code scan} counted as an index scan of {@code tableOid} through {@code indexOid}. */
    static RowIterator index(RowIterator scan, int tableOid, long indexOid, ExecContext context) {
        TableActivity activity = context.tableActivity();
        if (activity == null) {
            return scan;
        }
        TableActivity.Counters table = activity.of(context.databaseOid(), tableOid);
        TableActivity.Counters index = activity.of(context.databaseOid(), (int) indexOid);
        table.indexScan();
        index.indexScan();
        return new CountedScan(scan, table, index, false);
    }

    /** True for a sequential scan of the whole table (false for index scans). */
    boolean isSequential() {
        return sequential;
    }

    @Override
    public Object[] next() {
        Object[] row = scan.next();
        if (row != null) {
            rows++;
        }
        return row;
    }

    /** The scan's key: every stored-table scan is keyed (DML and locking read through it). */
    @Override
    public byte[] currentKey() {
        return ((KeyedRows) scan).currentKey();
    }

    @Override
    public byte[] currentValue() {
        return ((KeyedRows) scan).currentValue();
    }

    @Override
    public void close() {
        if (scan instanceof TableScanIterator tableScan) {
            rows += tableScan.rowsAggregatedInWorkers();
        }
        if (sequential) {
            table.seqRows(rows);
        } else {
            table.indexRows(rows);
            index.indexRows(rows);
        }
        rows = 0;
        scan.close();
    }
}
