package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * bytea (OID 17): a Java {@code byte[]} (never mutated once made). Text input takes the hex
 * format ({@code \x4142}, whitespace between digit pairs allowed) and the escape format
 * ({@code AB\101\\}); text output is hex or escape by the session's {@code bytea_output}, which the
 * session publishes for the running thread with {@link #setEscapeOutput}. Binary format is the raw
 * bytes. Ordering is memcmp, the shorter first on a tie (byteacmp).
 *
 * <p>Also here: encode/decode (hex, base64, escape) and the byte-level helpers the functions use.
 */
public final class ByteaType extends PgType {
    ByteaType() {
        super(17, "bytea", -1, TypeCategory.USER);
    }

    /** bytea's operators: comparisons and || (byteacat). */
    static void registerOperators() {
        Operators.comparisons(Types.BYTEA);
        Operators.binary("||", Types.BYTEA, Types.BYTEA, Types.BYTEA, (x, y) -> concat((byte[]) x, (byte[]) y));
    }

    private static final ThreadLocal<Boolean> ESCAPE_OUTPUT = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Sets bytea_output for values printed on this thread: true for 'escape', false for 'hex'. */
    public static void setEscapeOutput(boolean escape) {
        ESCAPE_OUTPUT.set(escape);
    }

    /** bytea_output as published for this thread: true for 'escape'. */
    static boolean escapeOutput() {
        return ESCAPE_OUTPUT.get();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Override
    public String toText(Object value, int typmod) {
        byte[] b = (byte[]) value;
        return ESCAPE_OUTPUT.get() ? escapeText(b) : hexText(b);
    }

    static String hexText(byte[] b) {
        char[] out = new char[2 + 2 * b.length];
        out[0] = '\\';
        out[1] = 'x';
        for (int i = 0; i < b.length; i++) {
            out[2 + 2 * i] = HEX[(b[i] >> 4) & 0xf];
            out[3 + 2 * i] = HEX[b[i] & 0xf];
        }
        return new String(out);
    }

    /** byteaout's escape format: \\ for backslash, \ooo for bytes outside 0x20..0x7e. */
    public static String escapeText(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            int v = x & 0xff;
            if (v == '\\') {
                sb.append("\\\\");
            } else if (v < 0x20 || v > 0x7e) {
                sb.append('\\').append((char) ('0' + (v >> 6))).append((char) ('0' + ((v >> 3) & 7)))
                        .append((char) ('0' + (v & 7)));
            } else {
                sb.append((char) v);
            }
        }
        return sb.toString();
    }

    @Override
    public Object fromText(String text, int typmod) {
        if (text.length() >= 2 && text.charAt(0) == '\\' && text.charAt(1) == 'x') {
            return hexDecode(text, 2);
        }
        return escapeDecode(text, false);
    }

    /** byteain's escape format; also decode(..., 'escape') (which raises its own message). */
    static byte[] escapeDecode(String text, boolean forDecode) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int n = 0;
        for (int i = 0; i < in.length; ) {
            if (in[i] != '\\') {
                out[n++] = in[i++];
            } else if (i + 3 < in.length && octal(in[i + 1], '3') && octal(in[i + 2], '7') && octal(in[i + 3], '7')) {
                out[n++] = (byte) (((in[i + 1] - '0') << 6) | ((in[i + 2] - '0') << 3) | (in[i + 3] - '0'));
                i += 4;
            } else if (i + 1 < in.length && in[i + 1] == '\\') {
                out[n++] = '\\';
                i += 2;
            } else {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s",
                        "bytea");
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean octal(byte b, char max) {
        return b >= '0' && b <= max;
    }

    /** hex_decode: digit pairs, whitespace between pairs skipped; 22023 on a bad digit or odd count. */
    static byte[] hexDecode(String text, int from) {
        byte[] out = new byte[(text.length() - from) / 2];
        int n = 0;
        int i = from;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int hi = hexValue(text, i);
            if (i + 1 >= len) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
            }
            int lo = hexValue(text, i + 1);
            out[n++] = (byte) ((hi << 4) | lo);
            i += 2;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int hexValue(String text, int i) {
        char c = text.charAt(i);
        int v = Character.digit(c, 16);
        if (v < 0 || c > 0x7f) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"%s\"",
                    new String(Character.toChars(text.codePointAt(i))));
        }
        return v;
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return (byte[]) value;
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return bytes;
    }

    @Override
    public int compare(Object a, Object b) {
        return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
    }

    // ---- encode / decode

    /** encode(bytes, format): hex, base64 (76-character lines), escape. 22023 for another format. */
    public static String encode(byte[] b, String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex":
                return hexText(b).substring(2);
            case "base64":
                return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(b);
            case "escape": {
                StringBuilder sb = new StringBuilder(b.length);
                for (byte x : b) {
                    int v = x & 0xff;
                    if (v == 0 || v >= 0x80) {
                        sb.append('\\').append((char) ('0' + (v >> 6))).append((char) ('0' + ((v >> 3) & 7)))
                                .append((char) ('0' + (v & 7)));
                    } else if (v == '\\') {
                        sb.append("\\\\");
                    } else {
                        sb.append((char) v);
                    }
                }
                return sb.toString();
            }
            default:
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized encoding: \"%s\"", format);
        }
    }

    /** decode(text, format). */
    public static byte[] decode(String s, String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex":
                return hexDecode(s, 0);
            case "base64":
                return base64Decode(s);
            case "escape":
                return escapeDecode(s, true);
            default:
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized encoding: \"%s\"", format);
        }
    }

    private static byte[] base64Decode(String s) {
        StringBuilder clean = new StringBuilder(s.length());
        int pad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == '=') {
                pad++;
            } else if (pad > 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid base64 end sequence")
                        .withHint("Input data is missing padding, is truncated, or is otherwise corrupted.");
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid symbol \"%s\" found while decoding base64 sequence",
                        String.valueOf(c));
            }
            clean.append(c);
        }
        if (clean.length() % 4 != 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid base64 end sequence")
                    .withHint("Input data is missing padding, is truncated, or is otherwise corrupted.");
        }
        return Base64.getDecoder().decode(clean.toString());
    }

    // ---- byte functions

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** bytea_substr: 1-based, clipped; 22011 for a negative length. */
    public static byte[] substring(byte[] b, int start, int length, boolean lengthGiven) {
        if (lengthGiven && length < 0) {
            throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        long end = lengthGiven ? (long) start + length : Long.MAX_VALUE;
        long from = Math.max(start, 1);
        if (end <= from || from > b.length) {
            return new byte[0];
        }
        long to = Math.min(end - 1, b.length);
        return Arrays.copyOfRange(b, (int) from - 1, (int) to);
    }

    /** byteapos: 1-based position of the first occurrence, 0 if none. */
    public static int position(byte[] haystack, byte[] needle) {
        if (needle.length == 0) {
            return 1;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i + 1;
        }
        return 0;
    }

    public static int getByte(byte[] b, int n) {
        if (n < 0 || n >= b.length) {
            throw indexOutOfRange(n, b.length - 1);
        }
        return b[n] & 0xff;
    }

    public static byte[] setByte(byte[] b, int n, int value) {
        if (n < 0 || n >= b.length) {
            throw indexOutOfRange(n, b.length - 1);
        }
        byte[] out = b.clone();
        out[n] = (byte) value;
        return out;
    }

    public static int getBit(byte[] b, long n) {
        if (n < 0 || n >= (long) b.length * 8) {
            throw indexOutOfRange(n, (long) b.length * 8 - 1);
        }
        return (b[(int) (n / 8)] >> (int) (n % 8)) & 1;
    }

    public static byte[] setBit(byte[] b, long n, int value) {
        if (n < 0 || n >= (long) b.length * 8) {
            throw indexOutOfRange(n, (long) b.length * 8 - 1);
        }
        if (value != 0 && value != 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "new bit must be 0 or 1");
        }
        byte[] out = b.clone();
        int i = (int) (n / 8);
        int mask = 1 << (int) (n % 8);
        out[i] = (byte) (value == 1 ? out[i] | mask : out[i] & ~mask);
        return out;
    }

    private static PgException indexOutOfRange(long n, long max) {
        return new PgException(PgTypeSupport.state("ARRAY_SUBSCRIPT_ERROR", SqlState.INVALID_PARAMETER_VALUE),
                "index %d out of valid range, 0..%d", n, max);
    }

    /** btrim/ltrim/rtrim over bytes. */
    public static byte[] trim(byte[] b, byte[] set, boolean leading, boolean trailing) {
        int from = 0;
        int to = b.length;
        if (leading) {
            while (from < to && contains(set, b[from])) {
                from++;
            }
        }
        if (trailing) {
            while (to > from && contains(set, b[to - 1])) {
                to--;
            }
        }
        return Arrays.copyOfRange(b, from, to);
    }

    private static boolean contains(byte[] set, byte x) {
        for (byte s : set) {
            if (s == x) {
                return true;
            }
        }
        return false;
    }

    /** overlay(b placing p from start for count). */
    public static byte[] overlay(byte[] b, byte[] placing, int start, int count) {
        if (start <= 0) {
            throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        byte[] head = substring(b, 1, start - 1, true);
        byte[] tail = substring(b, start + count, 0, false);
        return concat(concat(head, placing), tail);
    }
}
