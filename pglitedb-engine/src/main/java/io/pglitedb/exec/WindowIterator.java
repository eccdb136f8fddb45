package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.SortKey;
import io.pglitedb.sql.plan.WindowAgg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Computes window functions as PostgreSQL's stacked WindowAgg nodes do: per window in turn, the rows
 * are sorted by its partition then order keys (PostgreSQL's quicksort over the previous window's
 * order, spilling past work_mem like any sort) and read one partition at a time; a partition's
 * rows are kept in a {@link PartitionRows} (which spills past work_mem too), its functions computed
 * and the rows passed on. Memory thus holds one partition's positions and function values, not
 * the whole input.
 *
 * <p>Rows travel between the windows widened: the input's columns, then one column per function
 * (filled by the function's window), then the current window's partition and order key values.
 * The last window's rows come out with the input's columns only, the function values in their slots.
 */
final class WindowIterator implements RowIterator {
    private final WindowAgg plan;
    private final RowIterator input;
    private final ExecContext context;
    /** The input rows' width. */
    private final int width;
    private RowIterator output;

    WindowIterator(WindowAgg plan, RowIterator input, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.context = context;
        this.width = plan.input().width();
    }

    @Override
    public Object[] next() {
        if (output == null) {
            RowIterator rows = input;
            for (int w = 0; w < plan.windows().size(); w++) {
                rows = new WindowStage(w, rows);
            }
            output = rows;
        }
        Object[] row = output.next();
        if (row == null) {
            return null;
        }
        List<WindowAgg.Function> functions = plan.functions();
        for (int f = 0; f < functions.size(); f++) {
            context.setSlot(functions.get(f).slot(), row[width + f]);
        }
        return Arrays.copyOf(row, width);
    }

    /** One window: its input with key columns added, sorted by them, and cut into partitions. */
    private final class WindowStage implements RowIterator {
        private final WindowAgg.Window window;
        private final int[] functions;
        /** Width of the rows passed on: the input's columns and the function values. */
        private final int carried;
        private final RowIterator sorted;
        private final RowComparator byPartition;
        private final RowComparator byOrder;
        /** The first row of the next partition, read already; null at the end. */
        private Object[] pending;
        private boolean started;
        private PartitionRows current;
        private Object[][] values;
        private int emitted;
        private long reserved;

        WindowStage(int w, RowIterator previous) {
            this.window = plan.windows().get(w);
            List<WindowAgg.Function> all = plan.functions();
            this.functions = IntStream.range(0, all.size()).filter(f -> all.get(f).window() == w)
                    .toArray();
            this.carried = width + all.size();
            int partitions = window.partitionBy().length;
            List<SortKey> partitionKeys = new ArrayList<>();
            List<SortKey> orderKeys = new ArrayList<>();
            for (int k = 0; k < partitions; k++) {
                partitionKeys.add(new SortKey(carried + k, window.partitionTypes()[k], false, false));
            }
            for (int k = 0; k < window.orderBy().length; k++) {
                orderKeys.add(new SortKey(carried + partitions + k, window.orderTypes()[k], window.descending()[k],
                        window.nullsFirst()[k]));
            }
            this.byPartition = new RowComparator(partitionKeys);
            this.byOrder = new RowComparator(orderKeys);
            BoundExpr[] keyExprs = new BoundExpr[partitions + window.orderBy().length];
            System.arraycopy(window.partitionBy(), 0, keyExprs, 0, partitions);
            System.arraycopy(window.orderBy(), 0, keyExprs, partitions, window.orderBy().length);
            RowIterator keyed = new AppendedKeys(previous, keyExprs, carried, context);
            if (partitionKeys.isEmpty() && orderKeys.isEmpty()) {
                sorted = keyed;
            } else {
                List<SortKey> keys = new ArrayList<>(partitionKeys);
                keys.addAll(orderKeys);
                sorted = new SortIterator(keyed, keys, context, null);
            }
        }

        @Override
        public Object[] next() {
            if (current == null || emitted >= current.size()) {
                if (!readPartition()) {
                    return null;
                }
            }
            Object[] row = Arrays.copyOf(current.get(emitted), carried);
            for (int k = 0; k < functions.length; k++) {
                row[width + functions[k]] = values[k][emitted];
            }
            emitted++;
            return row;
        }

        /** Reads the next partition and computes this window's functions over it; false at the end. */
        private boolean readPartition() {
            closePartition();
            if (!started) {
                pending = sorted.next();
                started = true;
            }
            if (pending == null) {
                return false;
            }
            current = new PartitionRows(context);
            int[] peerNumber = new int[16];
            boolean oneKey = window.orderBy().length == 1;
            Object[] rangeKeys = oneKey ? new Object[16] : null;
            int keyColumn = carried + window.partitionBy().length;
            Object[] first = pending;
            Object[] previous = null;
            int group = 0;
            long perRow = 24L * (1 + functions.length);
            Object[] row = pending;
            while (row != null && byPartition.compare(first, row) == 0) {
                context.checkCancelled();
                int i = current.size();
                if (i == peerNumber.length) {
                    peerNumber = Arrays.copyOf(peerNumber, i * 2);
                    if (oneKey) {
                        rangeKeys = Arrays.copyOf(rangeKeys, i * 2);
                    }
                }
                if (previous == null || byOrder.compare(previous, row) != 0) {
                    group++;
                }
                peerNumber[i] = group;
                if (oneKey) {
                    rangeKeys[i] = row[keyColumn];
                }
                context.memory().reserve(perRow);
                reserved += perRow;
                current.add(row);
                previous = row;
                row = sorted.next();
            }
            pending = row;
            WindowPartition partition = new WindowPartition(context, current, peerNumber, rangeKeys,
                    oneKey ? window.orderBy()[0].type().type() : null,
                    window.descending().length > 0 && window.descending()[0],
                    window.nullsFirst().length > 0 && window.nullsFirst()[0]);
            values = new Object[functions.length][];
            for (int k = 0; k < functions.length; k++) {
                values[k] = new Object[current.size()];
                partition.compute(plan.functions().get(functions[k]), values[k], window.frame());
            }
            context.checkCancelled();
            emitted = 0;
            return true;
        }

        private void closePartition() {
            if (current != null) {
                current.close();
                current = null;
                values = null;
            }
            context.memory().release(reserved);
            reserved = 0;
        }

        @Override
        public void close() {
            closePartition();
            sorted.close();
        }
    }

    @Override
    public void close() {
        if (output != null) {
            output.close(); // each stage closes the one before it, the first the input
        } else {
            input.close();
        }
    }
}
