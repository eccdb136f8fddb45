package io.pglitedb.types.geo;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.Float8Type;
import java.nio.ByteBuffer;

/** circle (OID 718): text {@code <(x,y),r>} (and circle_in's other spellings); binary x, y, r as float8. */
public final class CircleType extends GeometricType {
    public CircleType() {
        super(718, "circle", 24);
    }

    @Override
    public String toText(Object value, int typmod) {
        return GeometricText.circle((Circle) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return GeometricText.circle(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Circle c = (Circle) value;
        ByteBuffer out = ByteBuffer.allocate(24);
        putPoint(out, c.center());
        out.putDouble(c.radius());
        return out.array();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        Circle c = read(bytes, in -> new Circle(getPoint(in), in.getDouble()));
        if (c.radius() < 0) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid radius in external \"circle\" value");
        }
        return c;
    }

    @Override
    public int compare(Object a, Object b) {
        Circle x = (Circle) a;
        Circle y = (Circle) b;
        int c = comparePoints(x.center(), y.center());
        return c != 0 ? c : Float8Type.compareDoubles(x.radius(), y.radius());
    }
}
