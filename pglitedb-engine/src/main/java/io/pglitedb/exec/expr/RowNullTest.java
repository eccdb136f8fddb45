package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/**
 * {@code row IS [NOT] NULL} for a composite value: IS NULL when the row is NULL or every field is,
 * IS NOT NULL when the row is not NULL and no field is (so both can be false).
 */
public final class RowNullTest extends BoundExpr {
    private final BoundExpr operand;
    private final boolean negated;

    public RowNullTest(BoundExpr operand, boolean negated) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
        this.negated = negated;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object[] value = (Object[]) operand.eval(row, params);
        if (value == null) {
            return !negated;
        }
        for (Object field : value) {
            if ((field == null) == negated) {
                return false;
            }
        }
        return true;
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
