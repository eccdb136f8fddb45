package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/** A constant value (already converted to its type). */
public final class Constant extends BoundExpr {
    private final Object value;

    public Constant(DataType type, Object value) {
        super(type);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        return value;
    }

    @Override
    public boolean isConstant() {
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
