package io.pglitedb.types.geo;

import java.nio.ByteBuffer;

/** point (OID 600): text {@code (x,y)} or {@code x,y}; binary x, y as float8. */
public final class PointType extends GeometricType {
    public PointType() {
        super(600, "point", 16);
    }

    @Override
    public String toText(Object value, int typmod) {
        return GeometricText.encode("", "", (Point) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return GeometricText.point(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        ByteBuffer out = ByteBuffer.allocate(16);
        putPoint(out, (Point) value);
        return out.array();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return read(bytes, GeometricType::getPoint);
    }

    @Override
    public int compare(Object a, Object b) {
        return comparePoints((Point) a, (Point) b);
    }
}
