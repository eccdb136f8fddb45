package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;

/**
 * Passes the rows for which the condition is true. Over stored rows it tells their keys like its
 * input does (an UPDATE or DELETE that reads system columns finds its rows through one).
 */
final class FilterIterator implements RowIterator, KeyedRows {
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
    public byte[] currentKey() {
        return ((KeyedRows) input).currentKey();
    }

    @Override
    public byte[] currentValue() {
        return ((KeyedRows) input).currentValue();
    }

    @Override
    public void close() {
        input.close();
    }
}
