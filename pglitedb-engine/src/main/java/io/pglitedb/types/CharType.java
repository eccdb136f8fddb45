package io.pglitedb.types;

/**
 * "char" (OID 18): one byte, PostgreSQL's internal single-character type (pg_class.relkind,
 * pg_constraint.contype ...). Java {@link String} of length 0 (the zero byte) or 1. Input keeps
 * the first character; output prints it.
 */
public final class CharType extends PgType {
    CharType() {
        super(18, "char", 1, TypeCategory.INTERNAL);
    }

    @Override
    public String toText(Object value, int typmod) {
        return (String) value;
    }

    @Override
    public Object fromText(String text, int typmod) {
        return text.isEmpty() ? "" : text.substring(0, 1);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        String s = (String) value;
        return s.isEmpty() ? new byte[] {0} : new byte[] {(byte) s.charAt(0)};
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 1);
        return bytes[0] == 0 ? "" : String.valueOf((char) (bytes[0] & 0xFF));
    }

    @Override
    public int compare(Object a, Object b) {
        return ((String) a).compareTo((String) b);
    }
}
