package io.pglitedb.types.geo;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.ByteBuffer;

/**
 * path (OID 602): text {@code [(x1,y1),...]} when open, {@code ((x1,y1),...)} when closed (input
 * without brackets is closed); binary closed byte, int32 count, then x, y of each point.
 */
public final class PathType extends GeometricType {
    public PathType() {
        super(602, "path", -1);
    }

    @Override
    public String toText(Object value, int typmod) {
        Path p = (Path) value;
        return p.closed() ? GeometricText.encode("(", ")", p.points()) : GeometricText.encode("[", "]", p.points());
    }

    @Override
    public Object fromText(String text, int typmod) {
        return GeometricText.path(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Path p = (Path) value;
        Point[] points = p.points();
        ByteBuffer out = ByteBuffer.allocate(5 + 16 * points.length);
        out.put((byte) (p.closed() ? 1 : 0)).putInt(points.length);
        for (Point point : points) {
            putPoint(out, point);
        }
        return out.array();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return read(bytes, in -> {
            boolean closed = in.get() != 0;
            int n = in.getInt();
            if (n <= 0 || n > (bytes.length - 5) / 16) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "invalid number of points in external \"path\" value");
            }
            Point[] points = new Point[n];
            for (int i = 0; i < n; i++) {
                points[i] = getPoint(in);
            }
            return new Path(points, closed);
        });
    }

    @Override
    public int compare(Object a, Object b) {
        Path x = (Path) a;
        Path y = (Path) b;
        Point[] px = x.points();
        Point[] py = y.points();
        int n = Math.min(px.length, py.length);
        for (int i = 0; i < n; i++) {
            int c = comparePoints(px[i], py[i]);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(px.length, py.length);
        return c != 0 ? c : Boolean.compare(x.closed(), y.closed());
    }
}
