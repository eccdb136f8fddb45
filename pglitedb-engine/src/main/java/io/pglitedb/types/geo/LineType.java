package io.pglitedb.types.geo;

import io.pglitedb.types.Float8Type;
import java.nio.ByteBuffer;

/** line (OID 628): text {@code {A,B,C}} (input also as two points); binary A, B, C as float8. */
public final class LineType extends GeometricType {
    public LineType() {
        super(628, "line", 24);
    }

    @Override
    public String toText(Object value, int typmod) {
        Line l = (Line) value;
        return "{" + Float8Type.format(l.a(), false) + "," + Float8Type.format(l.b(), false) + ","
                + Float8Type.format(l.c(), false) + "}";
    }

    @Override
    public Object fromText(String text, int typmod) {
        return GeometricText.line(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Line l = (Line) value;
        return ByteBuffer.allocate(24).putDouble(l.a()).putDouble(l.b()).putDouble(l.c()).array();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return read(bytes, in -> new Line(in.getDouble(), in.getDouble(), in.getDouble()));
    }

    @Override
    public int compare(Object a, Object b) {
        Line x = (Line) a;
        Line y = (Line) b;
        int c = Float8Type.compareDoubles(x.a(), y.a());
        if (c == 0) {
            c = Float8Type.compareDoubles(x.b(), y.b());
        }
        return c != 0 ? c : Float8Type.compareDoubles(x.c(), y.c());
    }
}
