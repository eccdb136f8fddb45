package io.pglitedb.types;

/** oid (OID 26): an unsigned 32-bit number held as a Java {@link Long} in 0..4294967295. */
public final class OidType extends PgType {
    OidType() {
        super(26, "oid", 4, TypeCategory.NUMERIC);
    }

    @Override
    public String toText(Object value, int typmod) {
        return Long.toString((Long) value);
    }

    /** Like oidin (strtoul): "-1" is accepted and wraps to 4294967295. */
    @Override
    public Object fromText(String text, int typmod) {
        long v;
        try {
            v = Int8Type.parseInteger(text, Long.MIN_VALUE, Long.MAX_VALUE, "oid");
        } catch (io.pglitedb.error.PgException e) {
            if (e.state() == io.pglitedb.error.SqlState.NUMERIC_VALUE_OUT_OF_RANGE) {
                throw outOfRangeInput(text);
            }
            throw e;
        }
        if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
            throw outOfRangeInput(text);
        }
        return v & 0xFFFFFFFFL;
    }

    private static io.pglitedb.error.PgException outOfRangeInput(String text) {
        return PgTypeSupport.outOfRange("value \"" + text + "\" is out of range for type oid");
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int32((int) (long) (Long) value);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 4);
        return PgTypeSupport.readInt32(bytes, 0) & 0xFFFFFFFFL;
    }

    @Override
    public int compare(Object a, Object b) {
        return Long.compare((Long) a, (Long) b);
    }

    /** int8 to oid: 22003 {@code OID out of range} outside 0..4294967295. */
    static long fromLong(long v) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw PgTypeSupport.outOfRange("OID out of range");
        }
        return v;
    }
}
