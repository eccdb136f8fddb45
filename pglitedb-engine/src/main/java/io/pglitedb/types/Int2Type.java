package io.pglitedb.types;

import io.pglitedb.error.PgException;

/** smallint (int2, OID 21): Java {@link Short}. Text input as pg_strtoint16, binary 2 bytes big-endian. */
public final class Int2Type extends PgType {
    Int2Type() {
        super(21, "int2", 2, TypeCategory.NUMERIC);
    }

    @Override
    public String toText(Object value, int typmod) {
        return Short.toString((Short) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return (short) Int8Type.parseInteger(text, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int16((Short) value);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 2);
        return (short) PgTypeSupport.readInt16(bytes, 0);
    }

    @Override
    public int compare(Object a, Object b) {
        return Short.compare((Short) a, (Short) b);
    }

    public static PgException outOfRange() {
        return PgTypeSupport.outOfRange("smallint out of range");
    }

    /** Narrows a 64-bit result, raising 22003 {@code smallint out of range}. */
    static short checked(long v) {
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw outOfRange();
        }
        return (short) v;
    }
}
