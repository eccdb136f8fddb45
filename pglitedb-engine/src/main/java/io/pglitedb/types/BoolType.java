package io.pglitedb.types;

/** boolean (bool, OID 16): Java {@link Boolean}; text 't'/'f', binary one byte. */
public final class BoolType extends PgType {
    BoolType() {
        super(16, "bool", 1, TypeCategory.BOOLEAN);
    }

    @Override
    public String toText(Object value, int typmod) {
        return (Boolean) value ? "t" : "f";
    }

    /** PostgreSQL's parse_bool: t/true/y/yes/on/1 and f/false/n/no/off/0, any unique prefix, any case. */
    @Override
    public Object fromText(String text, int typmod) {
        Boolean b = parse(text.strip());
        if (b == null) {
            throw PgTypeSupport.invalidSyntax("boolean", text);
        }
        return b;
    }

    /** @return null when the text is no boolean spelling */
    static Boolean parse(String s) {
        int len = s.length();
        if (len == 0) {
            return null;
        }
        String v = s.toLowerCase(java.util.Locale.ROOT);
        switch (v.charAt(0)) {
            case 't':
                return "true".startsWith(v) ? Boolean.TRUE : null;
            case 'f':
                return "false".startsWith(v) ? Boolean.FALSE : null;
            case 'y':
                return "yes".startsWith(v) ? Boolean.TRUE : null;
            case 'n':
                return "no".startsWith(v) ? Boolean.FALSE : null;
            case 'o':
                if (len >= 2 && "on".startsWith(v)) {
                    return Boolean.TRUE;
                }
                if (len >= 2 && "off".startsWith(v)) {
                    return Boolean.FALSE;
                }
                return null;
            case '1':
                return len == 1 ? Boolean.TRUE : null;
            case '0':
                return len == 1 ? Boolean.FALSE : null;
            default:
                return null;
        }
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return new byte[] {(byte) ((Boolean) value ? 1 : 0)};
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 1);
        return bytes[0] != 0;
    }

    @Override
    public int compare(Object a, Object b) {
        return Boolean.compare((Boolean) a, (Boolean) b);
    }
}
