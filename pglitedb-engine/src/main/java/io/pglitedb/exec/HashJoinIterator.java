package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.JoinType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash join: reads one side into a hash table keyed on its join keys, then streams the other side
 * and probes. Outer joins build the right side. An inner join reads both sides in step until one
 * ends and builds that one, the smaller (without statistics the planner cannot know which it is):
 * the rows already read of the other side are probed first, then the rest is streamed. Rows with a
 * NULL key can only come out unmatched (RIGHT/FULL: unmatched right rows come last).
 */
final class HashJoinIterator implements RowIterator {
    private final HashJoin join;
    private final ExecContext context;
    private final RowIterator probe;
    /** True when the built rows are the right side (always, except for inner joins whose left side ended first). */
    private final boolean builtRight;
    private final List<Object[]> built = new ArrayList<>();
    /** key -> {first, last} index into built; chain[i] is the next row with i's key, or -1. */
    private final Map<ValueKey, int[]> table = new HashMap<>();
    private int[] chain = new int[64];
    private final boolean[] rightMatched;
    /** Probe rows read while choosing the side to build, probed before the rest of the stream. */
    private List<Object[]> probeBuffer = List.of();
    private int probeBuffered;
    private final int leftWidth;
    private final int width;
    private Object[] probeRow;
    private boolean probeMatched;
    private int candidate = -1;
    private int unmatchedRightIndex = -1;

    HashJoinIterator(HashJoin join, ExecContext context) {
        this.join = join;
        this.context = context;
        this.leftWidth = join.left().width();
        this.width = join.width();
        Object[] params = context.params();
        if (join.type() != JoinType.INNER) {
            try (RowIterator right = Executor.open(join.right(), context)) {
                Object[] row;
                while ((row = right.next()) != null) {
                    context.checkCancelled();
                    add(row.clone(), join.rightKeys(), params);
                }
            }
            this.builtRight = true;
            this.probe = Executor.open(join.left(), context);
            this.rightMatched = join.type().keepsUnmatchedRight() ? new boolean[built.size()] : null;
            return;
        }
        this.rightMatched = null;
        RowIterator right = Executor.open(join.right(), context);
        RowIterator left;
        try {
            left = Executor.open(join.left(), context);
        } catch (RuntimeException e) {
            right.close();
            throw e;
        }
        List<Object[]> rightRows = new ArrayList<>();
        List<Object[]> leftRows = new ArrayList<>();
        boolean rightEnded = false;
        boolean leftEnded = false;
        try {
            while (!rightEnded && !leftEnded) {
                context.checkCancelled();
                Object[] r = right.next();
                if (r == null) {
                    rightEnded = true;
                } else {
                    rightRows.add(r.clone());
                }
                Object[] l = left.next();
                if (l == null) {
                    leftEnded = true;
                } else {
                    leftRows.add(l.clone());
                }
            }
        } catch (RuntimeException e) {
            right.close();
            left.close();
            throw e;
        }
        this.builtRight = rightEnded;
        List<Object[]> buildRows = builtRight ? rightRows : leftRows;
        RowIterator buildRest = builtRight ? right : left;
        BoundExpr[] buildKeys = builtRight ? join.rightKeys() : join.leftKeys();
        this.probe = builtRight ? left : right;
        this.probeBuffer = builtRight ? leftRows : rightRows;
        try (buildRest) {
            for (Object[] row : buildRows) {
                add(row, buildKeys, params);
            }
            Object[] row;
            while ((row = buildRest.next()) != null) {
                context.checkCancelled();
                add(row.clone(), buildKeys, params);
            }
        } catch (RuntimeException e) {
            probe.close();
            throw e;
        }
    }

    private void add(Object[] row, BoundExpr[] keys, Object[] params) {
        int index = built.size();
        built.add(row);
        if (index == chain.length) {
            chain = Arrays.copyOf(chain, index * 2);
        }
        chain[index] = -1;
        ValueKey key = key(keys, row, params);
        if (key != null) {
            int[] ends = table.get(key);
            if (ends == null) {
                table.put(key, new int[] {index, index});
            } else {
                chain[ends[1]] = index;
                ends[1] = index;
            }
        }
    }

    /** The key of a row, or null when a key column is NULL (never equal to anything). */
    private ValueKey key(BoundExpr[] exprs, Object[] row, Object[] params) {
        Object[] values = new Object[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            Object v = exprs[i].eval(row, params);
            if (v == null) {
                return null;
            }
            values[i] = v;
        }
        return new ValueKey(values, join.keyTypes());
    }

    private Object[] nextProbe() {
        if (probeBuffered < probeBuffer.size()) {
            Object[] row = probeBuffer.get(probeBuffered);
            probeBuffer.set(probeBuffered++, null);
            return row;
        }
        Object[] next = probe.next();
        return next == null ? null : next.clone();
    }

    @Override
    public Object[] next() {
        JoinType type = join.type();
        Object[] params = context.params();
        while (unmatchedRightIndex < 0) {
            while (candidate >= 0) {
                context.checkCancelled();
                int index = candidate;
                candidate = chain[index];
                Object[] b = built.get(index);
                Object[] row = new Object[width];
                if (builtRight) {
                    System.arraycopy(probeRow, 0, row, 0, leftWidth);
                    System.arraycopy(b, 0, row, leftWidth, b.length);
                } else {
                    System.arraycopy(b, 0, row, 0, leftWidth);
                    System.arraycopy(probeRow, 0, row, leftWidth, probeRow.length);
                }
                if (join.residual() == null || Boolean.TRUE.equals(join.residual().eval(row, params))) {
                    probeMatched = true;
                    if (rightMatched != null) {
                        rightMatched[index] = true;
                    }
                    return row;
                }
            }
            if (probeRow != null && !probeMatched && type.keepsUnmatchedLeft()) {
                Object[] row = new Object[width];
                System.arraycopy(probeRow, 0, row, 0, leftWidth);
                probeRow = null;
                return row;
            }
            Object[] next = nextProbe();
            if (next == null) {
                probeRow = null;
                if (!type.keepsUnmatchedRight()) {
                    return null;
                }
                unmatchedRightIndex = 0;
                break;
            }
            context.checkCancelled();
            probeRow = next;
            probeMatched = false;
            ValueKey key = key(builtRight ? join.leftKeys() : join.rightKeys(), probeRow, params);
            int[] found = key == null ? null : table.get(key);
            candidate = found == null ? -1 : found[0];
        }
        while (unmatchedRightIndex < built.size()) {
            int index = unmatchedRightIndex++;
            if (!rightMatched[index]) {
                Object[] r = built.get(index);
                Object[] row = new Object[width];
                System.arraycopy(r, 0, row, leftWidth, r.length);
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        probe.close();
    }
}
