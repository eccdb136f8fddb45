package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.NestedLoopJoin;
import java.util.ArrayList;
import java.util.List;

/** Joins every left row with every (materialised) right row, keeping those matching the condition. */
final class NestedLoopJoinIterator implements RowIterator {
    private final RowIterator left;
    private final List<Object[]> right = new ArrayList<>();
    private final BoundExpr condition;
    private final ExecContext context;
    private final int leftWidth;
    private final int width;
    private Object[] leftRow;
    private int rightIndex;

    NestedLoopJoinIterator(NestedLoopJoin join, ExecContext context) {
        this.left = Executor.open(join.left(), context);
        try (RowIterator r = Executor.open(join.right(), context)) {
            Object[] row;
            while ((row = r.next()) != null) {
                right.add(row.clone());
            }
        }
        this.condition = join.condition();
        this.context = context;
        this.leftWidth = join.left().width();
        this.width = join.width();
    }

    @Override
    public Object[] next() {
        while (true) {
            if (leftRow == null || rightIndex >= right.size()) {
                leftRow = left.next();
                rightIndex = 0;
                if (leftRow == null) {
                    return null;
                }
                leftRow = leftRow.clone();
            }
            while (rightIndex < right.size()) {
                context.checkCancelled();
                Object[] r = right.get(rightIndex++);
                Object[] row = new Object[width];
                System.arraycopy(leftRow, 0, row, 0, leftWidth);
                System.arraycopy(r, 0, row, leftWidth, r.length);
                if (condition == null || Boolean.TRUE.equals(condition.eval(row, context.params()))) {
                    return row;
                }
            }
        }
    }

    @Override
    public void close() {
        left.close();
    }
}
