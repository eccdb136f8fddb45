package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/** The value of parameter $(index + 1). */
public final class ParamValue extends BoundExpr {
    private final int index;

    public ParamValue(DataType type, int index) {
        super(type);
        this.index = index;
    }

    /** 0-based: $1 is 0. */
    public int index() {
        return index;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        return params[index];
    }

    @Override
    public boolean isRowIndependent() {
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return true;
    }

    @Override
    public boolean isParallelSafe() {
        return true;
    }
}
