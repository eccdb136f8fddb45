package io.pglitedb.types;

import java.nio.charset.StandardCharsets;

/** name (OID 19): identifiers, Java {@link String}, at most 63 bytes (longer input is truncated). */
public final class NameType extends TextType {
    public static final int MAX_BYTES = 63;

    NameType() {
        super(19, "name", 64);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return truncateToName(text);
    }

    /** Cuts to 63 UTF-8 bytes on a character boundary, as namein does. */
    public static String truncateToName(String s) {
        if (s.length() <= MAX_BYTES / 3) {
            return s;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= MAX_BYTES) {
            return s;
        }
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > MAX_BYTES) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
