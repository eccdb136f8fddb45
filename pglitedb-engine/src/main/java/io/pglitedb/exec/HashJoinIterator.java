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
 * Hash join: reads the right side into a hash table keyed on its join keys, then streams the left
 * side and probes. Right rows with a NULL key can only come out unmatched (RIGHT/FULL).
 */
final class HashJoinIterator implements RowIterator {
    private final HashJoin join;
    private final ExecContext context;
    private final RowIterator left;
    private final List<Object[]> rightRows = new ArrayList<>();
    /** key -> {first, last} index into rightRows; chain[i] is the next row with i's key, or -1. */
    private final Map<ValueKey, int[]> table = new HashMap<>();
    private int[] chain = new int[64];
    private final boolean[] rightMatched;
    private final int leftWidth;
    private final int width;
    private Object[] leftRow;
    private boolean leftMatched;
    private int candidate = -1;
    private int unmatchedRightIndex = -1;

    HashJoinIterator(HashJoin join, ExecContext context) {
        this.join = join;
        this.context = context;
        Object[] params = context.params();
        try (RowIterator right = Executor.open(join.right(), context)) {
            Object[] row;
            while ((row = right.next()) != null) {
                context.checkCancelled();
                row = row.clone();
                int index = rightRows.size();
                rightRows.add(row);
                if (index == chain.length) {
                    chain = Arrays.copyOf(chain, index * 2);
                }
                chain[index] = -1;
                ValueKey key = key(join.rightKeys(), row, params);
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
        }
        this.rightMatched = join.type().keepsUnmatchedRight() ? new boolean[rightRows.size()] : null;
        this.left = Executor.open(join.left(), context);
        this.leftWidth = join.left().width();
        this.width = join.width();
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

    @Override
    public Object[] next() {
        JoinType type = join.type();
        Object[] params = context.params();
        while (unmatchedRightIndex < 0) {
            while (candidate >= 0) {
                context.checkCancelled();
                int index = candidate;
                candidate = chain[index];
                Object[] r = rightRows.get(index);
                Object[] row = new Object[width];
                System.arraycopy(leftRow, 0, row, 0, leftWidth);
                System.arraycopy(r, 0, row, leftWidth, r.length);
                if (join.residual() == null || Boolean.TRUE.equals(join.residual().eval(row, params))) {
                    leftMatched = true;
                    if (rightMatched != null) {
                        rightMatched[index] = true;
                    }
                    return row;
                }
            }
            if (leftRow != null && !leftMatched && type.keepsUnmatchedLeft()) {
                Object[] row = new Object[width];
                System.arraycopy(leftRow, 0, row, 0, leftWidth);
                leftRow = null;
                return row;
            }
            Object[] next = left.next();
            if (next == null) {
                leftRow = null;
                if (!type.keepsUnmatchedRight()) {
                    return null;
                }
                unmatchedRightIndex = 0;
                break;
            }
            context.checkCancelled();
            leftRow = next.clone();
            leftMatched = false;
            ValueKey key = key(join.leftKeys(), leftRow, params);
            int[] found = key == null ? null : table.get(key);
            candidate = found == null ? -1 : found[0];
        }
        while (unmatchedRightIndex < rightRows.size()) {
            int index = unmatchedRightIndex++;
            if (!rightMatched[index]) {
                Object[] r = rightRows.get(index);
                Object[] row = new Object[width];
                System.arraycopy(r, 0, row, leftWidth, r.length);
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        left.close();
    }
}
