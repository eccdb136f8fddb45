package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/**
 * The current value of a set-returning function nested in a SELECT-list expression
 * ({@code generate_series(1, 3) + 1}): a ProjectSet appends the values of its nested functions to
 * each input row, the k-th function's {@code k} places before the row's end, and evaluates the
 * expressions over that longer row.
 */
public final class SetFunctionValue extends BoundExpr {
    private final int fromEnd;

    public SetFunctionValue(DataType type, int fromEnd) {
        super(type);
        this.fromEnd = fromEnd;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        return row[row.length - 1 - fromEnd];
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return true; // no input column: the ProjectSet supplies the value
    }
}
