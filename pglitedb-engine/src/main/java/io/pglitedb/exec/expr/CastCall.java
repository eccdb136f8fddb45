package io.pglitedb.exec.expr;

import io.pglitedb.types.Cast;

/** A cast applied to a value; null stays null. */
public final class CastCall extends BoundExpr {
    private final Cast cast;
    private final BoundExpr operand;

    public CastCall(Cast cast, BoundExpr operand) {
        super(cast.target());
        this.cast = cast;
        this.operand = operand;
    }

    public BoundExpr operand() {
        return operand;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = operand.eval(row, params);
        return v == null ? null : cast.apply(v);
    }

    @Override
    public boolean isRowIndependent() {
        return operand.isRowIndependent();
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand);
    }
}
