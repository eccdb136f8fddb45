package io.pglitedb.types.geo;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.ByteBuffer;

/**
 * polygon (OID 604): text {@code ((x1,y1),...,(xn,yn))} (the outer parentheses and the points'
 * own optional); binary int32 count then x, y of each point as float8.
 */
public final class PolygonType extends GeometricType {
    public PolygonType() {
        super(604, "polygon", -1);
    }

    @Override
    public String toText(Object value, int typmod) {
        return GeometricText.encode("(", ")", ((Polygon) value).points());
    }

    @Override
    public Object fromText(String text, int typmod) {
        return GeometricText.polygon(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Polygon p = (Polygon) value;
        ByteBuffer out = ByteBuffer.allocate(4 + 16 * p.size());
        out.putInt(p.size());
        for (int i = 0; i < p.size(); i++) {
            putPoint(out, p.point(i));
        }
        return out.array();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return read(bytes, in -> {
            int n = in.getInt();
            if (n <= 0 || n > (bytes.length - 4) / 16) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "invalid number of points in external \"polygon\" value");
            }
            Point[] points = new Point[n];
            for (int i = 0; i < n; i++) {
                points[i] = getPoint(in);
            }
            return Polygon.of(points);
        });
    }

    @Override
    public int compare(Object a, Object b) {
        Polygon x = (Polygon) a;
        Polygon y = (Polygon) b;
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            int c = comparePoints(x.point(i), y.point(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
