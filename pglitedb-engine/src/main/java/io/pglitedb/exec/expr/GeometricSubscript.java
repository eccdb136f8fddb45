package io.pglitedb.exec.expr;

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
public final class GeometricSubscript extends FixedLengthSubscript {
    public GeometricSubscript(BoundExpr base, BoundExpr[] subscripts, boolean slice) {
        super(DataType.of(slice ? base.type().type() : elementOf(base.type().type())), base, subscripts, slice);
    }

    /** The element type of a subscriptable geometric type, or null for any other type. */
    public static PgType elementOf(PgType type) {
        if (type == Types.POINT) {
            return Types.FLOAT8;
        }
        return type == Types.BOX ? Types.POINT : null;
    }

    @Override
    int length() {
        return 2;
    }

    @Override
    Object element(Object value, int index) {
        if (value instanceof Point p) {
            return index == 0 ? p.x() : p.y();
        }
        Box b = (Box) value;
        return index == 0 ? b.high() : b.low();
    }
}
