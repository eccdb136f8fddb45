package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads all rows of a table visible to the transaction, in key order, applying a filter.
 *
 * <p>A large table is read in parallel when the session allows workers
 * (max_parallel_workers_per_gather) and the filter can run on another thread
 * ({@link BoundExpr#isParallelSafe}): its key range is cut into consecutive parts
 * ({@link io.pglitedb.txn.Transaction#partitionedScan}); this thread reads the first part itself
 * and, once its first rows show a selective filter ({@link #decide}), a {@link ScanWorker} per
 * further part decodes and filters that part's rows ahead; this thread then takes the workers'
 * rows part by part. The rows come out in key order as from a serial scan, with their keys, and
 * an error is raised at the row where a serial scan would raise it.
 *
 * <p>Under an aggregate whose states combine ({@link #aggregateInWorkers}), the workers start
 * whatever the filter's selectivity and aggregate their parts' rows themselves; their groups
 * reach the aggregate between the rows, where the parts' rows would have come.
 */
final class TableScanIterator implements RowIterator, KeyedRows {
    /** A part smaller than this is not worth a thread (about 10,000 rows of lineitem). */
    private static final long MIN_PART_BYTES = 1L << 20;
    /** Rows the own part reads per store call at most: a cancel is noticed between calls. */
    private static final int OWN_BATCH_ROWS = 1024;
    /** Rows read before deciding whether workers help ({@link #decide}). */
    private static final int DECIDING_ROWS = 2048;
    /** Workers start when at most one row in this many passes the filter. */
    private static final int PASSING_SHARE_LIMIT = 4;

    private final DataType[] types;
    private final BoundExpr filter;
    /** Decodes and filters a stored row (the filter's columns first). */
    private final ScanFilter scanFilter;
    private final ExecContext context;
    /** Where rejected rows are counted under EXPLAIN ANALYZE; null otherwise. */
    private final NodeStats stats;
    /** The part read on this thread; null once it is done. */
    private KeyValueIterator cursor;
    private byte[] currentValue;
    /** Every part's iterator (closed at the end), and the workers of the parts after the first. */
    private final List<KeyValueIterator> parts;
    /** The part this thread reads now (index in {@link #parts}). */
    private int ownPart;
    /** Started for the parts after the first once {@link #decide} found the filter selective. */
    private final List<ScanWorker> workers = new ArrayList<>(1);
    private boolean decided;
    private long scanned;
    private long passed;
    private int worker;
    private ScanWorker.Batch batch;
    private int batchRow;
    private byte[] batchKey;
    /**
     * The own part is read in batches ({@link #accept}) when the filter is as pure as a worker's
     * (it runs inside the store call, so it must not read the store itself).
     */
    private final boolean batched;
    private final KeyValueIterator.RowVisitor findNext = this::accept;
    private Object[] found;
    /** Set by {@link #aggregateInWorkers}: what the workers aggregate, and who takes their groups. */
    private PartialAggregation aggregation;
    private Consumer<Map<ValueKey, AggregateState>> groupsTaker;
    /** Rows the workers aggregated instead of handing them over. */
    private long aggregatedInWorkers;

    /** @param columns the columns to decode (null: all); the others are left null */
    TableScanIterator(TableDescriptor table, BoundExpr filter, boolean[] columns, ExecContext context) {
        this(table, filter, columns, context, null);
    }

    /** @param stats where to count the rows the filter rejects (null: nowhere) */
    TableScanIterator(TableDescriptor table, BoundExpr filter, boolean[] columns, ExecContext context, NodeStats stats) {
        context.transaction().lockTable(context.databaseOid(), table.oid(), LockMode.ACCESS_SHARE, WaitPolicy.BLOCK);
        byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
        this.types = table.columnTypes();
        this.filter = filter;
        this.scanFilter = new ScanFilter(types, filter, columns);
        this.context = context;
        this.stats = stats;
        this.batched = filter == null || filter.isParallelSafe();
        int workerCount = Math.min(context.parallelWorkers(), ParallelWorkers.CPUS - 1);
        List<KeyValueIterator> split = workerCount > 0 && batched
                ? context.transaction().partitionedScan(prefix, KeyEncoder.prefixEnd(prefix), workerCount + 1,
                        MIN_PART_BYTES)
                : null;
        this.parts = split != null ? split : List.of(context.transaction().scan(prefix, KeyEncoder.prefixEnd(prefix)));
        this.cursor = parts.get(0);
        this.decided = parts.size() == 1;
    }

    /**
     * Lets the workers (if the scan gets any) aggregate their parts' rows with {@code aggregation}
     * and hand the groups to {@code taker}, between the rows this scan returns, instead of the rows
     * (the aggregate above the scan is the only reader of its rows). Call before the first row.
     */
    void aggregateInWorkers(PartialAggregation aggregation, Consumer<Map<ValueKey, AggregateState>> taker) {
        this.aggregation = aggregation;
        this.groupsTaker = taker;
    }

    /** Rows the workers aggregated themselves ({@link #aggregateInWorkers}): read, but not returned. */
    long rowsAggregatedInWorkers() {
        return aggregatedInWorkers;
    }

    @Override
    public Object[] next() {
        while (cursor != null && batched) {
            found = null;
            while (cursor.forEachRow(OWN_BATCH_ROWS, findNext)) {
                if (!decided && (scanned >= DECIDING_ROWS || aggregation != null)) {
                    decide();
                }
                if (found != null) {
                    return found;
                }
                context.checkCancelled();
            }
            if (!decided) {
                decide();
            }
            ownPart++;
            cursor = workers.isEmpty() && ownPart < parts.size() ? parts.get(ownPart) : null;
        }
        if (cursor == null) {
            return workers.isEmpty() ? null : nextFromWorkers();
        }
        while (cursor.next()) { // a filter that may read the store: one row per store call
            context.checkCancelled();
            Object[] row = scanFilter.apply(cursor.value(), context.params());
            if (row != null) {
                currentValue = cursor.value();
                return row;
            }
            if (stats != null) {
                stats.removed++;
            }
        }
        return null;
    }

    /**
     * Starts the workers when the rows seen so far show a selective filter: then a worker saves
     * the statement's thread most of the scan. When most rows pass, the statement's thread is
     * busy with them anyway (aggregating, joining) and handing them over would only add work: it
     * reads the other parts itself, one after the other.
     */
    private void decide() {
        decided = true;
        // selective or aggregated in the workers, and worker slots free (else the statement reads
        // every part itself)
        if ((aggregation != null || passed * PASSING_SHARE_LIMIT <= scanned)
                && ParallelWorkers.reserve(parts.size() - 1)) {
            for (KeyValueIterator part : parts.subList(1, parts.size())) {
                workers.add(ScanWorker.start(part, scanFilter, context.params(),
                        aggregation == null ? null : aggregation.forAnotherPart()));
            }
        }
    }

    /**
     * Decodes and filters the row the cursor stands on inside {@link KeyValueIterator#forEachRow}
     * (one store call for many rejected rows); stops the batch on a passing row, so the cursor
     * stays on it for {@link #currentKey}.
     */
    private boolean accept(KeyValueIterator row) {
        scanned++;
        Object[] decoded = scanFilter.apply(row.value(), context.params());
        if (decoded != null) {
            passed++;
            found = decoded;
            currentValue = row.value();
            return false;
        }
        if (stats != null) {
            stats.removed++;
        }
        return true;
    }

    /** The next row the workers read, part by part in key order. */
    private Object[] nextFromWorkers() {
        while (true) {
            if (batch != null && batchRow < batch.size) {
                int i = batchRow++;
                batchKey = batch.keys[i];
                currentValue = batch.values[i];
                return batch.rows[i];
            }
            if (batch != null && batch.last) {
                if (batch.error != null) {
                    throw ParallelWorkers.rethrow(batch.error);
                }
                if (stats != null) {
                    stats.removed += batch.removed;
                }
                batch = null;
                worker++;
            }
            if (worker >= workers.size()) {
                return null;
            }
            batch = null;
            while (batch == null) {
                context.checkCancelled();
                try {
                    batch = workers.get(worker).poll();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                }
            }
            batchRow = 0;
            if (batch.groups != null) {
                aggregatedInWorkers += batch.aggregated;
                groupsTaker.accept(batch.groups);
                batch.groups = null;
            }
        }
    }

    /** The cursor stays on the row returned last, and copies its key only when asked (DML, locking). */
    @Override
    public byte[] currentKey() {
        return cursor != null ? cursor.key() : batchKey;
    }

    @Override
    public byte[] currentValue() {
        return currentValue;
    }

    @Override
    public void close() {
        for (ScanWorker w : workers) {
            w.stop();
        }
        for (KeyValueIterator part : parts) {
            part.close();
        }
    }
}
