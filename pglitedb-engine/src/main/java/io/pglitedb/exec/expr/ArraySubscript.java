package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;

/**
 * {@code a[i][j]} (an element, NULL when out of range or when the number of subscripts is not the
 * array's) and slices {@code a[lo:hi]} (an array; a plain subscript among slices means
 * {@code 1:i}, an omitted bound the array's own). A NULL subscript gives NULL.
 */
public final class ArraySubscript extends BoundExpr {
    private final BoundExpr base;
    /** Per bracket: the lower bound (null when not written) and the upper bound (null when omitted). */
    private final BoundExpr[] lower;
    private final BoundExpr[] upper;
    /** Per bracket: written with a colon. */
    private final boolean[] sliceAt;
    private final boolean slice;

    public ArraySubscript(DataType type, BoundExpr base, BoundExpr[] lower, BoundExpr[] upper, boolean[] sliceAt) {
        super(type);
        this.base = base;
        this.lower = lower;
        this.upper = upper;
        this.sliceAt = sliceAt;
        boolean any = false;
        for (boolean b : sliceAt) {
            any |= b;
        }
        this.slice = any;
        if (upper.length > ArrayType.MAX_DIMENSIONS) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", upper.length,
                    ArrayType.MAX_DIMENSIONS);
        }
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        ArrayValue a = (ArrayValue) base.eval(row, params);
        if (a == null) {
            return null;
        }
        int n = upper.length;
        if (!slice) {
            int[] subscripts = new int[n];
            for (int i = 0; i < n; i++) {
                Object v = upper[i].eval(row, params);
                if (v == null) {
                    return null;
                }
                subscripts[i] = (Integer) v;
            }
            return a.subscript(subscripts);
        }
        Integer[] lo = new Integer[n];
        Integer[] hi = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (lower[i] != null) {
                Object v = lower[i].eval(row, params);
                if (v == null) {
                    return null;
                }
                lo[i] = (Integer) v;
            } else if (!sliceAt[i]) {
                lo[i] = 1; // a plain subscript among slices means 1:i
            }
            if (upper[i] != null) {
                Object v = upper[i].eval(row, params);
                if (v == null) {
                    return null;
                }
                hi[i] = (Integer) v;
            }
        }
        return a.slice(lo, hi);
    }

    @Override
    public boolean isRowIndependent() {
        if (!base.isRowIndependent()) {
            return false;
        }
        for (int i = 0; i < upper.length; i++) {
            if (lower[i] != null && !lower[i].isRowIndependent() || upper[i] != null && !upper[i].isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, base) && addAll(out, lower) && addAll(out, upper);
    }
}
