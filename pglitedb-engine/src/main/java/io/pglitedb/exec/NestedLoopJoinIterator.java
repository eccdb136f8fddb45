package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.JoinType;
import io.pglitedb.sql.plan.NestedLoopJoin;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins every left row with every right row, keeping those matching the condition; LEFT/FULL add
 * unmatched left rows padded with NULLs, RIGHT/FULL unmatched right rows at the end. The right side
 * is read once into memory, or, when LATERAL, run again for each left row with that row's values
 * in the lateral slots.
 */
final class NestedLoopJoinIterator implements RowIterator {
    private final NestedLoopJoin join;
    private final RowIterator left;
    private List<Object[]> right;
    private boolean[] rightMatched;
    private final BoundExpr condition;
    private final ExecContext context;
    private final int leftWidth;
    private final int width;
    private Object[] leftRow;
    private boolean leftMatched;
    private int rightIndex;
    private int unmatchedRightIndex = -1;

    NestedLoopJoinIterator(NestedLoopJoin join, ExecContext context) {
        this.join = join;
        this.left = Executor.open(join.left(), context);
        this.condition = join.condition();
        this.context = context;
        this.leftWidth = join.left().width();
        this.width = join.width();
        if (!join.lateral()) {
            right = readAll(join, context);
            if (join.type().keepsUnmatchedRight()) {
                rightMatched = new boolean[right.size()];
            }
        }
    }

    private static List<Object[]> readAll(NestedLoopJoin join, ExecContext context) {
        List<Object[]> rows = new ArrayList<>();
        try (RowIterator r = Executor.open(join.right(), context)) {
            Object[] row;
            while ((row = r.next()) != null) {
                context.checkCancelled();
                rows.add(row.clone());
            }
        }
        return rows;
    }

    @Override
    public Object[] next() {
        JoinType type = join.type();
        while (unmatchedRightIndex < 0) {
            if (leftRow == null || rightIndex >= right.size()) {
                if (leftRow != null && !leftMatched && type.keepsUnmatchedLeft()) {
                    Object[] row = new Object[width];
                    System.arraycopy(leftRow, 0, row, 0, leftWidth);
                    leftRow = null;
                    return row;
                }
                leftRow = left.next();
                rightIndex = 0;
                leftMatched = false;
                if (leftRow == null) {
                    if (!type.keepsUnmatchedRight()) {
                        return null;
                    }
                    unmatchedRightIndex = 0;
                    break;
                }
                leftRow = leftRow.clone();
                if (join.lateral()) {
                    Object[] params = context.params();
                    for (int i = 0; i < join.lateralArgs().length; i++) {
                        context.setSlot(join.lateralSlots()[i], join.lateralArgs()[i].eval(leftRow, params));
                    }
                    right = readAll(join, context);
                }
            }
            while (rightIndex < right.size()) {
                context.checkCancelled();
                int index = rightIndex++;
                Object[] r = right.get(index);
                Object[] row = new Object[width];
                System.arraycopy(leftRow, 0, row, 0, leftWidth);
                System.arraycopy(r, 0, row, leftWidth, r.length);
                if (condition == null || Boolean.TRUE.equals(condition.eval(row, context.params()))) {
                    leftMatched = true;
                    if (rightMatched != null) {
                        rightMatched[index] = true;
                    }
                    return row;
                }
            }
        }
        while (unmatchedRightIndex < right.size()) {
            int index = unmatchedRightIndex++;
            if (!rightMatched[index]) {
                Object[] r = right.get(index);
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
