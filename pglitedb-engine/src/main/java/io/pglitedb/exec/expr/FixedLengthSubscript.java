package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;

/**
 * A subscript of a type PostgreSQL treats as a fixed-length array (raw_array_subscript_handler:
 * name, point, box): zero-based; one subscript from 0 to {@link #length()} - 1 gives that element,
 * any other subscript, more than one, or a NULL one gives NULL; a slice is 0A000 when evaluated.
 */
abstract class FixedLengthSubscript extends BoundExpr {
    private final BoundExpr base;
    private final BoundExpr[] subscripts;
    private final boolean slice;

    FixedLengthSubscript(DataType type, BoundExpr base, BoundExpr[] subscripts, boolean slice) {
        super(type);
        this.base = base;
        this.subscripts = subscripts;
        this.slice = slice;
    }

    /** How many elements a value has. */
    abstract int length();

    /** Element {@code index} (0 <= index < length()) of a non-null value. */
    abstract Object element(Object value, int index);

    @Override
    public final Object eval(Object[] row, Object[] params) {
        Object v = base.eval(row, params);
        if (v == null) {
            return null;
        }
        if (slice) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "slices of fixed-length arrays not implemented");
        }
        Integer at = null;
        for (BoundExpr s : subscripts) {
            Object i = s.eval(row, params);
            if (i == null) {
                return null;
            }
            at = (Integer) i;
        }
        if (subscripts.length != 1 || at < 0 || at >= length()) {
            return null;
        }
        return element(v, at);
    }

    @Override
    public final boolean isRowIndependent() {
        return base.isRowIndependent() && allRowIndependent(subscripts);
    }

    @Override
    public final boolean addColumns(java.util.BitSet out) {
        return addAll(out, base) && addAll(out, subscripts);
    }
}
