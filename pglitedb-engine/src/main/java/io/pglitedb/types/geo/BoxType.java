package io.pglitedb.types.geo;

import java.nio.ByteBuffer;

/**
 * box (OID 603): text {@code (x1,y1),(x2,y2)} (or {@code ((x1,y1),(x2,y2))}, {@code (x1,y1,x2,y2)},
 * {@code x1,y1,x2,y2}), printed upper-right corner first; binary high x, y, low x, y as float8.
 * Its internal order is by corners (see {@link GeometricType}).
 */
public final class BoxType extends GeometricType {
    public BoxType() {
        super(603, "box", 32);
    }

    @Override
    public String toText(Object value, int typmod) {
        Box b = (Box) value;
        return GeometricText.encode("", "", b.high(), b.low());
    }

    @Override
    public Object fromText(String text, int typmod) {
        return GeometricText.box(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Box b = (Box) value;
        ByteBuffer out = ByteBuffer.allocate(32);
        putPoint(out, b.high());
        putPoint(out, b.low());
        return out.array();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return read(bytes, in -> Box.of(getPoint(in), getPoint(in)));
    }

    @Override
    public int compare(Object a, Object b) {
        Box x = (Box) a;
        Box y = (Box) b;
        int c = comparePoints(x.high(), y.high());
        return c != 0 ? c : comparePoints(x.low(), y.low());
    }
}
