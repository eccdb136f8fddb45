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
    /** For a constant array: the operator bound to each element (null for a null element); else null. */
    private final Operator.Bound[] boundElements;

    public ArrayOpTest(BoundExpr operand, BoundExpr array, Operator operator, boolean all) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
        this.array = array;
        this.operator = operator;
        this.all = all;
        this.boundElements = array instanceof Constant c && c.value() instanceof ArrayValue a && operator.strict()
                ? bind(operator, a) : null;
    }

    private static Operator.Bound[] bind(Operator operator, ArrayValue a) {
        Operator.Bound[] bound = new Operator.Bound[a.size()];
        for (int i = 0; i < bound.length; i++) {
            Object e = a.element(i);
            bound[i] = e == null ? null : operator.bindRight(e);
        }
        return bound;
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
        if (boundElements != null) {
            return anyOrAll(x);
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

    /** {@link #eval} over {@link #boundElements}. */
    private Object anyOrAll(Object x) {
        boolean sawNull = false;
        for (Operator.Bound element : boundElements) {
            Object r = element == null ? null : element.apply(x);
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
