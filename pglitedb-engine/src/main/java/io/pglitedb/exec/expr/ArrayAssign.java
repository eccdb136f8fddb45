package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;

/**
 * The new value of an array column after {@code SET a[i][j] = x} or {@code SET a[lo:hi] = xs}
 * (array_subscript_assign): the old value with the element or slice replaced. A NULL old array
 * counts as '{}'; a NULL subscript is 22004; a NULL source leaves a slice's array as it was. The
 * arithmetic is {@link ArrayValue#assignElement} and {@link ArrayValue#assignSlice}.
 */
public final class ArrayAssign extends BoundExpr {
    private final BoundExpr base;
    /** Per bracket: the lower bound (null when not written) and the upper bound (null when omitted). */
    private final BoundExpr[] lower;
    private final BoundExpr[] upper;
    private final boolean[] sliceAt;
    private final boolean slice;
    private final BoundExpr source;

    public ArrayAssign(DataType type, BoundExpr base, BoundExpr[] lower, BoundExpr[] upper, boolean[] sliceAt,
            BoundExpr source) {
        super(type);
        this.base = base;
        this.lower = lower;
        this.upper = upper;
        this.sliceAt = sliceAt;
        this.source = source;
        boolean any = false;
        for (boolean b : sliceAt) {
            any |= b;
        }
        this.slice = any;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        ArrayValue old = (ArrayValue) base.eval(row, params);
        ArrayValue array = old == null ? ArrayValue.EMPTY : old;
        int n = upper.length;
        if (!slice) {
            int[] subscripts = new int[n];
            for (int i = 0; i < n; i++) {
                subscripts[i] = subscript(upper[i], row, params);
            }
            return array.assignElement(subscripts, source.eval(row, params));
        }
        Integer[] lo = new Integer[n];
        Integer[] hi = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (lower[i] != null) {
                lo[i] = subscript(lower[i], row, params);
            } else if (!sliceAt[i]) {
                lo[i] = 1; // a plain subscript among slices means 1:i
            }
            if (upper[i] != null) {
                hi[i] = subscript(upper[i], row, params);
            }
        }
        ArrayValue replacement = (ArrayValue) source.eval(row, params);
        if (replacement == null) {
            return array;
        }
        return array.assignSlice(lo, hi, replacement);
    }

    private static int subscript(BoundExpr e, Object[] row, Object[] params) {
        Object v = e.eval(row, params);
        if (v == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "array subscript in assignment must not be null");
        }
        return (Integer) v;
    }

    @Override
    public boolean isRowIndependent() {
        return false;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, base) && addAll(out, lower) && addAll(out, upper) && addAll(out, source);
    }
}
