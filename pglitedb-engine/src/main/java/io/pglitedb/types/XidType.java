package io.pglitedb.types;

/**
 * xid (OID 28): a 32-bit transaction id held as a Java {@link Long} in 0..4294967295, as
 * pg_locks.transactionid and pg_stat_activity.backend_xid show it. Only equality is meaningful
 * (PostgreSQL has = and <> for xid, no ordering operators; the order here is numeric).
 * The same representation serves cid (OID 29), a command id within a transaction (cmin, cmax).
 */
public final class XidType extends PgType {
    XidType() {
        this(28, "xid");
    }

    XidType(int oid, String name) {
        super(oid, name, 4, TypeCategory.USER);
    }

    @Override
    public String toText(Object value, int typmod) {
        return Long.toString((Long) value);
    }

    /** Like xidin (strtoul): any number that fits 32 bits, negative ones wrap. */
    @Override
    public Object fromText(String text, int typmod) {
        long v;
        try {
            v = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type %s: \"%s\"", name(), text);
        }
        return v & 0xFFFFFFFFL;
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
}
