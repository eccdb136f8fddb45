package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import io.pglitedb.types.geo.Box;
import io.pglitedb.types.geo.Point;

/**
 * {@code p[0]}, {@code b[1]}: point is a fixed-length array of two float8 (x, y) and box one of two
 * points (upper right, lower left), subscripted from 0 as raw_array_subscript_handler does. Any
 * other subscript, or more than one, gives NULL; a slice is 0A000 when evaluated.
 */
public final class GeometricSubscript extends BoundExpr {
    private final BoundExpr base;
    private final BoundExpr[] subscripts;
    private final boolean slice;

    public GeometricSubscript(BoundExpr base, BoundExpr[] subscripts, boolean slice) {
        super(DataType.of(slice ? base.type().type() : elementOf(base.type().type())));
        this.base = base;
        this.subscripts = subscripts;
        this.slice = slice;
    }

    /** The element type of a subscriptable geometric type, or null for any other type. */
    public static PgType elementOf(PgType type) {
        if (type == Types.POINT) {
            return Types.FLOAT8;
        }
        return type == Types.BOX ? Types.POINT : null;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
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
        if (subscripts.length != 1 || at < 0 || at > 1) {
            return null;
        }
        if (v instanceof Point p) {
            return at == 0 ? p.x() : p.y();
        }
        Box b = (Box) v;
        return at == 0 ? b.high() : b.low();
    }

    @Override
    public boolean isRowIndependent() {
        if (!base.isRowIndependent()) {
            return false;
        }
        for (BoundExpr s : subscripts) {
            if (!s.isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, base) && addAll(out, subscripts);
    }
}
