package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.GroupingSetsAggregate;
import io.pglitedb.sql.plan.SortKey;
import io.pglitedb.types.DataType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Grouping sets by sorted rollups (see {@link GroupingSetsAggregate}): the input is read once and
 * kept with its key values; each rollup sorts it by its key order and emits a set's group when the
 * set's key prefix changes, longest set first.
 */
final class GroupingSetsIterator implements RowIterator {
    private final GroupingSetsAggregate plan;
    private final RowIterator input;
    private final ExecContext context;
    private Deque<Object[]> output;
    /** What the kept input holds of the statement's memory budget. */
    private long reserved;

    /** An input row with its evaluated group keys. */
    private record Keyed(Object[] keys, Object[] row) {
    }

    GroupingSetsIterator(GroupingSetsAggregate plan, RowIterator input, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (output == null) {
            output = compute();
        }
        return output.pollFirst();
    }

    private Deque<Object[]> compute() {
        BoundExpr[] groupKeys = plan.groupKeys();
        Object[] params = context.params();
        List<Keyed> rows = new ArrayList<>();
        Object[] row;
        while ((row = input.next()) != null) {
            context.checkCancelled();
            Object[] keys = new Object[groupKeys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = groupKeys[i].eval(row, params);
            }
            long size = MemoryBudget.rowSize(row) + MemoryBudget.rowSize(keys);
            context.memory().reserve(size);
            reserved += size;
            rows.add(new Keyed(keys, row));
        }
        Deque<Object[]> out = new ArrayDeque<>();
        for (GroupingSetsAggregate.Rollup rollup : plan.rollups()) {
            rollup(rollup, rows, out);
        }
        return out;
    }

    private void rollup(GroupingSetsAggregate.Rollup rollup, List<Keyed> rows, Deque<Object[]> out) {
        int[] order = rollup.keyOrder();
        int[] lengths = rollup.prefixLengths();
        List<SortKey> sortKeys = new ArrayList<>(order.length);
        for (int k : order) {
            sortKeys.add(new SortKey(k, plan.groupKeys()[k].type(), false, false));
        }
        RowComparator keyComparator = new RowComparator(sortKeys);
        List<Keyed> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Keyed::keys, keyComparator));
        Object[] params = context.params();
        AggregateState[] states = new AggregateState[lengths.length];
        Object[][] firstKeys = new Object[lengths.length][];
        Keyed previous = null;
        for (Keyed current : sorted) {
            context.checkCancelled();
            if (previous != null) {
                int same = samePrefix(previous.keys(), current.keys(), order);
                for (int s = 0; s < lengths.length; s++) {
                    if (lengths[s] > same && states[s] != null) {
                        out.add(result(order, lengths[s], firstKeys[s], states[s]));
                        states[s] = null;
                    }
                }
            }
            for (int s = 0; s < lengths.length; s++) {
                if (states[s] == null) {
                    states[s] = new AggregateState(plan.aggregates(), params);
                    firstKeys[s] = current.keys();
                }
                states[s].add(current.row(), params);
            }
            previous = current;
        }
        for (int s = 0; s < lengths.length; s++) {
            if (states[s] != null) {
                out.add(result(order, lengths[s], firstKeys[s], states[s]));
            } else if (lengths[s] == 0) {
                // the empty grouping set has its one row even for empty input
                out.add(result(order, 0, new Object[plan.groupKeys().length], new AggregateState(plan.aggregates(), params)));
            }
        }
    }

    private int samePrefix(Object[] a, Object[] b, int[] order) {
        DataType[] types = new DataType[1];
        int n = 0;
        for (int k : order) {
            types[0] = plan.groupKeys()[k].type();
            if (!new ValueKey(new Object[] {a[k]}, types).equals(new ValueKey(new Object[] {b[k]}, types))) {
                break;
            }
            n++;
        }
        return n;
    }

    private Object[] result(int[] order, int length, Object[] keys, AggregateState state) {
        Object[] row = new Object[plan.width()];
        int mask = 0;
        for (int i = 0; i < plan.groupKeys().length; i++) {
            mask |= 1 << i;
        }
        for (int p = 0; p < length; p++) {
            row[order[p]] = keys[order[p]];
            mask &= ~(1 << order[p]);
        }
        row[plan.maskColumn()] = mask;
        state.results(row, plan.maskColumn() + 1, context.params());
        return row;
    }

    @Override
    public void close() {
        context.memory().release(reserved);
        reserved = 0;
        input.close();
    }
}
