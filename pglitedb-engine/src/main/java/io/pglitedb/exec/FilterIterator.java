package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;

/** Passes the rows for which the condition is true. */
final class FilterIterator implements RowIterator {
    private final RowIterator input;
    private final BoundExpr condition;
    private final ExecContext context;

    FilterIterator(RowIterator input, BoundExpr condition, ExecContext context) {
        this.input = input;
        this.condition = condition;
        this.context = context;
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            if (Boolean.TRUE.equals(condition.eval(row, context.params()))) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
