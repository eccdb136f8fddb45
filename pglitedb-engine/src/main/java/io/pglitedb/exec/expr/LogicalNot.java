package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/** NOT: null stays null. */
public final class LogicalNot extends BoundExpr {
    private final BoundExpr operand;

    public LogicalNot(BoundExpr operand) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
    }

    public BoundExpr operand() {
        return operand;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = operand.eval(row, params);
        return v == null ? null : !(Boolean) v;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(operand);
    }
}
