package io.pglitedb.exec.expr;

import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Types;

/**
 * {@code x op ANY (array)} / {@code x op ALL (array)} (ScalarArrayOpExpr): NULL for a NULL array;
 * false (ANY) or true (ALL) for an empty one, even when x is NULL; otherwise OR / AND of
 * {@code x op element} with SQL's three-valued logic, NULL elements giving NULL.
 */
public final class ArrayOpTest extends BoundExpr {
    private final BoundExpr operand;
    private final BoundExpr array;
    private final Operator operator;
    private final boolean all;

    public ArrayOpTest(BoundExpr operand, BoundExpr array, Operator operator, boolean all) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
        this.array = array;
        this.operator = operator;
        this.all = all;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object x = operand.eval(row, params);
        ArrayValue a = (ArrayValue) array.eval(row, params);
        if (a == null) {
            return null;
        }
        if (a.size() == 0) {
            return all;
        }
        if (x == null) {
            return null;
        }
        boolean sawNull = false;
        for (int i = 0; i < a.size(); i++) {
            Object e = a.element(i);
            if (e == null) {
                sawNull = true;
                continue;
            }
            Object r = operator.apply(x, e);
            if (r == null) {
                sawNull = true;
            } else if ((Boolean) r != all) {
                return !all;
            }
        }
        return sawNull ? null : all;
    }

    @Override
    public boolean isRowIndependent() {
        return operand.isRowIndependent() && array.isRowIndependent();
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand, array);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(operand, array);
    }
}
