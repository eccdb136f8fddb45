package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/** The value of column {@code index} of the input row. */
public final class ColumnValue extends BoundExpr {
    private final int index;

    public ColumnValue(DataType type, int index) {
        super(type);
        this.index = index;
    }

    public int index() {
        return index;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        return row[index];
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        out.set(index);
        return true;
    }

    @Override
    public boolean isParallelSafe() {
        return true;
    }
}
