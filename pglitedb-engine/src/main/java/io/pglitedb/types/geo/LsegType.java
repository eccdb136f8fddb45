package io.pglitedb.types.geo;

import java.nio.ByteBuffer;

/**
 * lseg (OID 601): text {@code [(x1,y1),(x2,y2)]} (brackets, parentheses or neither on input);
 * binary x1, y1, x2, y2 as float8.
 */
public final class LsegType extends GeometricType {
    public LsegType() {
        super(601, "lseg", 32);
    }

    @Override
    public String toText(Object value, int typmod) {
        Lseg l = (Lseg) value;
        return GeometricText.encode("[", "]", l.p0(), l.p1());
    }

    @Override
    public Object fromText(String text, int typmod) {
        return GeometricText.lseg(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Lseg l = (Lseg) value;
        ByteBuffer out = ByteBuffer.allocate(32);
        putPoint(out, l.p0());
        putPoint(out, l.p1());
        return out.array();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return read(bytes, in -> new Lseg(getPoint(in), getPoint(in)));
    }

    @Override
    public int compare(Object a, Object b) {
        Lseg x = (Lseg) a;
        Lseg y = (Lseg) b;
        int c = comparePoints(x.p0(), y.p0());
        return c != 0 ? c : comparePoints(x.p1(), y.p1());
    }
}
