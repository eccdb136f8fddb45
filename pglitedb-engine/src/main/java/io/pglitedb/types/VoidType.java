package io.pglitedb.types;

/**
 * {@code void} (OID 2278): the result type of functions called for their effect, such as
 * pg_advisory_lock and pg_sleep. Its only value prints as the empty string, as in PostgreSQL.
 */
public final class VoidType extends PgType {
    /** The value a void function returns (not SQL NULL: psql prints an empty cell either way). */
    public static final Object VALUE = "";

    VoidType() {
        super(2278, "void", 4, TypeCategory.USER);
    }

    @Override
    public String toText(Object value, int typmod) {
        return "";
    }

    @Override
    public Object fromText(String text, int typmod) {
        return VALUE;
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return new byte[0];
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return VALUE;
    }

    @Override
    public int compare(Object a, Object b) {
        return 0;
    }
}
