package io.pglitedb.types;

/**
 * The OID alias types regclass, regtype, regproc, regprocedure, regnamespace and regrole: an OID
 * (Java {@link Long}, like oid) whose text form is the object's name, looked up in the catalog
 * through {@link OidNames}. Binary I/O is the OID's.
 */
public final class RegType extends PgType {
    RegType(int oid, String name) {
        super(oid, name, 4, TypeCategory.NUMERIC);
    }

    @Override
    public String toText(Object value, int typmod) {
        long oid = (Long) value;
        if (oid == 0) { // regoperout and regoperatorout print InvalidOid as 0
            return oid() == 2203 || oid() == 2204 ? "0" : "-";
        }
        OidNames names = OidNames.current();
        String name = names == null ? null : names.name(this, oid);
        return name == null ? Long.toString(oid) : name;
    }

    @Override
    public Object fromText(String text, int typmod) {
        String t = text.strip();
        if (t.equals("-")) {
            return 0L;
        }
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            return Types.OID.fromText(t, -1);
        }
        OidNames names = OidNames.current();
        if (names == null) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.UNDEFINED_OBJECT,
                    "%s \"%s\" does not exist", name().equals("regclass") ? "relation" : "object", text);
        }
        return names.lookup(this, t);
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
