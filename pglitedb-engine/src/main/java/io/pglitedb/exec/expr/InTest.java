package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Types;

/**
 * {@code x [NOT] IN (a, b, ...)} with SQL semantics: true if some element is equal, else null if x
 * or some element is null, else false (NOT IN negates that three-valued result).
 */
public final class InTest extends BoundExpr {
    private final BoundExpr operand;
    private final BoundExpr[] values;
    private final Operator[] equals;
    private final boolean negated;
    /** Per value: its equality bound to it when the value is a non-null constant, else null. */
    private final Operator.Bound[] boundEquals;

    public InTest(BoundExpr operand, BoundExpr[] values, Operator[] equals, boolean negated) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
        this.values = values;
        this.equals = equals;
        this.negated = negated;
        this.boundEquals = new Operator.Bound[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Constant c && c.value() != null && equals[i].strict()) {
                boundEquals[i] = equals[i].bindRight(c.value());
            }
        }
    }

    public BoundExpr operand() {
        return operand;
    }

    public BoundExpr[] values() {
        return values;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object x = operand.eval(row, params);
        if (x == null) {
            return null;
        }
        boolean sawNull = false;
        for (int i = 0; i < values.length; i++) {
            Operator.Bound bound = boundEquals[i];
            if (bound != null) {
                if ((Boolean) bound.apply(x)) {
                    return !negated;
                }
                continue;
            }
            Object v = values[i].eval(row, params);
            if (v == null) {
                sawNull = true;
            } else if ((Boolean) equals[i].apply(x, v)) {
                return !negated;
            }
        }
        return sawNull ? null : negated;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand) && addAll(out, values);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(operand) && allParallelSafe(values);
    }
}
