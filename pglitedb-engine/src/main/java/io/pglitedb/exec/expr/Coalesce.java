package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/** COALESCE(a, b, ...): the first non-null argument. */
public final class Coalesce extends BoundExpr {
    private final BoundExpr[] args;

    public Coalesce(DataType type, BoundExpr[] args) {
        super(type);
        this.args = args;
    }

    public BoundExpr[] args() {
        return args;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        for (BoundExpr arg : args) {
            Object v = arg.eval(row, params);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, args);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(args);
    }
}
