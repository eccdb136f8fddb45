package io.pglitedb.exec;

import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.SortKey;
import io.pglitedb.types.DataType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Merge join, what an equi-join ({@link HashJoin}) runs as when enable_hashjoin is off and
 * enable_mergejoin on (PostgreSQL's planner then merges too): both sides are sorted by their join
 * keys ({@link SortIterator}, spilling past work_mem) and read in step. The right rows of one key
 * value are held while the left rows of that value are joined with them. A NULL key matches
 * nothing (NULLs sort last): LEFT and FULL joins return such left rows null-extended, RIGHT and
 * FULL such right rows, as they do unmatched rows.
 */
final class MergeJoinIterator implements RowIterator {
    private final HashJoin join;
    private final ExecContext context;
    private final RowIterator left;
    private final RowIterator right;
    private final int leftWidth;
    private final int rightWidth;
    private final DataType[] keyTypes;
    /** LEFT/FULL: unmatched left rows come out null-extended. */
    private final boolean keepLeft;
    /** RIGHT/FULL: unmatched right rows come out null-extended. */
    private final boolean keepRight;
    /** Joined rows of the last step, returned before the next one. */
    private final ArrayDeque<Object[]> out = new ArrayDeque<>();
    /** The right rows of the current key value (their key columns appended). */
    private final List<Object[]> group = new ArrayList<>();
    private boolean[] groupMatched;
    /** The first right row not yet in a group, or null at the end. */
    private Object[] pendingRight;
    private boolean rightStarted;
    private boolean leftDone;

    MergeJoinIterator(HashJoin join, ExecContext context) {
        this.join = join;
        this.context = context;
        this.leftWidth = join.left().width();
        this.rightWidth = join.right().width();
        this.keyTypes = join.keyTypes();
        this.keepLeft = join.type().keepsUnmatchedLeft();
        this.keepRight = join.type().keepsUnmatchedRight();
        this.left = sorted(Executor.open(join.left(), context), join.left().width(), join.leftKeys());
        this.right = sorted(Executor.open(join.right(), context), join.right().width(), join.rightKeys());
    }

    private RowIterator sorted(RowIterator input, int width, io.pglitedb.exec.expr.BoundExpr[] keys) {
        List<SortKey> sortKeys = new ArrayList<>(keys.length);
        for (int k = 0; k < keys.length; k++) {
            sortKeys.add(new SortKey(width + k, keyTypes[k], false, false));
        }
        return new SortIterator(new AppendedKeys(input, keys, width, context), sortKeys, context, null);
    }

    @Override
    public Object[] next() {
        while (out.isEmpty()) {
            if (!leftDone) {
                joinNextLeft();
            } else if (!nextUnmatchedRight()) {
                return null;
            }
        }
        return out.poll();
    }

    /** Joins the next left row with the right rows of its key value (reading the right side up to it). */
    private void joinNextLeft() {
        context.checkCancelled();
        Object[] l = left.next();
        if (l == null) {
            leftDone = true;
            flushGroup();
            return;
        }
        if (hasNullKey(l, leftWidth)) {
            if (keepLeft) {
                out.add(joined(l, null));
            }
            return;
        }
        if (group.isEmpty() || compareKeys(l, leftWidth, group.get(0), rightWidth) != 0) {
            flushGroup();
            readGroup(l);
        }
        boolean matched = false;
        for (int i = 0; i < group.size(); i++) {
            Object[] row = joined(l, group.get(i));
            if (join.residual() == null || Boolean.TRUE.equals(join.residual().eval(row, context.params()))) {
                matched = true;
                if (groupMatched != null) {
                    groupMatched[i] = true;
                }
                out.add(row);
            }
        }
        if (!matched && keepLeft) {
            out.add(joined(l, null));
        }
    }

    /** Skips the right rows below {@code l}'s key (unmatched) and holds those equal to it. */
    private void readGroup(Object[] l) {
        if (!rightStarted) {
            pendingRight = right.next();
            rightStarted = true;
        }
        while (pendingRight != null && !hasNullKey(pendingRight, rightWidth)
                && compareKeys(pendingRight, rightWidth, l, leftWidth) < 0) {
            if (keepRight) {
                out.add(joined(null, pendingRight));
            }
            pendingRight = right.next();
        }
        while (pendingRight != null && !hasNullKey(pendingRight, rightWidth)
                && compareKeys(pendingRight, rightWidth, l, leftWidth) == 0) {
            group.add(pendingRight.clone()); // the input may reuse its row arrays
            pendingRight = right.next();
        }
        groupMatched = keepRight ? new boolean[group.size()] : null;
    }

    /** Ends the current key value: its right rows no left row matched come out (RIGHT/FULL). */
    private void flushGroup() {
        if (keepRight) {
            for (int i = 0; i < group.size(); i++) {
                if (!groupMatched[i]) {
                    out.add(joined(null, group.get(i)));
                }
            }
        }
        group.clear();
    }

    /** After the last left row: the next right row not read yet, null-extended (RIGHT/FULL); false at the end. */
    private boolean nextUnmatchedRight() {
        if (!keepRight) {
            return false;
        }
        if (!rightStarted) {
            pendingRight = right.next();
            rightStarted = true;
        }
        if (pendingRight == null) {
            return false;
        }
        out.add(joined(null, pendingRight));
        pendingRight = right.next();
        return true;
    }

    private boolean hasNullKey(Object[] row, int width) {
        for (int k = 0; k < keyTypes.length; k++) {
            if (row[width + k] == null) {
                return true;
            }
        }
        return false;
    }

    private int compareKeys(Object[] a, int aWidth, Object[] b, int bWidth) {
        for (int k = 0; k < keyTypes.length; k++) {
            int c = keyTypes[k].type().compare(a[aWidth + k], b[bWidth + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The joined row: the left row's columns (or NULLs), then the right row's. */
    private Object[] joined(Object[] l, Object[] r) {
        Object[] row = new Object[leftWidth + rightWidth];
        if (l != null) {
            System.arraycopy(l, 0, row, 0, leftWidth);
        }
        if (r != null) {
            System.arraycopy(r, 0, row, leftWidth, rightWidth);
        }
        return row;
    }

    @Override
    public void close() {
        try {
            left.close();
        } finally {
            right.close();
        }
    }
}
