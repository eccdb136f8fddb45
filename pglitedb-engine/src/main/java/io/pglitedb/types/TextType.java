package io.pglitedb.types;

import java.nio.charset.StandardCharsets;

/**
 * text (OID 25): Java {@link String}. Binary format is the UTF-8 bytes. Ordering is the "C"
 * collation (code point order), which is what the reference server uses. Also home of the
 * character-length helpers varchar and char(n) share: PostgreSQL counts characters (code
 * points), not UTF-16 units.
 */
public class TextType extends PgType {
    TextType() {
        super(25, "text", -1, TypeCategory.STRING);
    }

    TextType(int oid, String name, int length) {
        super(oid, name, length, TypeCategory.STRING);
    }

    @Override
    public String toText(Object value, int typmod) {
        return (String) value;
    }

    @Override
    public Object fromText(String text, int typmod) {
        return text;
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return ((String) value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int compare(Object a, Object b) {
        return PgTypeSupport.compareCodePoints((String) a, (String) b);
    }

    /** Number of characters (code points). */
    public static int characterLength(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The first {@code n} characters of {@code s}, or s itself when it is not longer. */
    static String truncate(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        if (characterLength(s) <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** true if every character from the n-th on is a space: PostgreSQL then truncates silently. */
    static boolean onlySpacesAfter(String s, int n) {
        int from = s.offsetByCodePoints(0, n);
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
