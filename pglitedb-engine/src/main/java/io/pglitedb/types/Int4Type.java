package io.pglitedb.types;

import io.pglitedb.error.PgException;

/** integer (int4, OID 23): Java {@link Integer}. Text input as pg_strtoint32, binary 4 bytes big-endian. */
public final class Int4Type extends PgType {
    Int4Type() {
        super(23, "int4", 4, TypeCategory.NUMERIC);
    }

    @Override
    public String toText(Object value, int typmod) {
        return Integer.toString((Integer) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return (int) Int8Type.parseInteger(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int32((Integer) value);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 4);
        return PgTypeSupport.readInt32(bytes, 0);
    }

    @Override
    public int compare(Object a, Object b) {
        return Integer.compare((Integer) a, (Integer) b);
    }

    public static PgException outOfRange() {
        return PgTypeSupport.outOfRange("integer out of range");
    }

    /** Narrows a 64-bit result, raising 22003 {@code integer out of range}. */
    public static int checked(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw outOfRange();
        }
        return (int) v;
    }
}
