package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/** IS [NOT] NULL. */
public final class NullTest extends BoundExpr {
    private final BoundExpr operand;
    private final boolean negated;

    public NullTest(BoundExpr operand, boolean negated) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
        this.negated = negated;
    }

    public BoundExpr operand() {
        return operand;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        return (operand.eval(row, params) == null) != negated;
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
