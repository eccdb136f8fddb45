package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.Arrays;

/**
 * bit(n) (OID 1560) and bit varying(n) (1562): strings of bits, as varbit.c keeps them. A value
 * is a {@link Bits}; the typmod is the length n itself (bit without a length is bit(1) in a
 * column or cast; B'...' literals have no typmod). Text I/O ({@code 0101}, input also
 * {@code b0101} / {@code x1F}), binary I/O (int4 length + bytes), ordering (bitcmp: bytes, then
 * length), the length coercions, and the operators and functions on bit strings live here.
 */
public final class BitType extends PgType {
    /** A bit string: {@code length} bits, most significant first, padded with zero bits. */
    public record Bits(int length, byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bits b && b.length == length && Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return 31 * length + Arrays.hashCode(bytes);
        }

        boolean get(int i) {
            return (bytes[i >> 3] & (0x80 >> (i & 7))) != 0;
        }
    }

    private final boolean varying;

    BitType(boolean varying) {
        super(varying ? 1562 : 1560, varying ? "varbit" : "bit", -1, TypeCategory.BITSTRING);
        this.varying = varying;
    }

    static Bits of(boolean[] bits) {
        byte[] b = new byte[(bits.length + 7) / 8];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i]) {
                b[i >> 3] |= (byte) (0x80 >> (i & 7));
            }
        }
        return new Bits(bits.length, b);
    }

    private static boolean[] unpack(Bits v) {
        boolean[] r = new boolean[v.length()];
        for (int i = 0; i < r.length; i++) {
            r[i] = v.get(i);
        }
        return r;
    }

    @Override
    public String toText(Object value, int typmod) {
        Bits v = (Bits) value;
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            sb.append(v.get(i) ? '1' : '0');
        }
        return sb.toString();
    }

    @Override
    public Object fromText(String text, int typmod) {
        Bits v = parse(text);
        return typmod < 0 ? v : coerce(v, typmod, false);
    }

    /** bit_in / varbit_in without a typmod. */
    static Bits parse(String text) {
        String s = text;
        boolean hex = false;
        if (!s.isEmpty() && (s.charAt(0) == 'b' || s.charAt(0) == 'B')) {
            s = s.substring(1);
        } else if (!s.isEmpty() && (s.charAt(0) == 'x' || s.charAt(0) == 'X')) {
            s = s.substring(1);
            hex = true;
        }
        if (!hex) {
            boolean[] bits = new boolean[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '1') {
                    bits[i] = true;
                } else if (c != '0') {
                    throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "\"%s\" is not a valid binary digit",
                            String.valueOf(c));
                }
            }
            return of(bits);
        }
        boolean[] bits = new boolean[s.length() * 4];
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "\"%s\" is not a valid hexadecimal digit",
                        String.valueOf(s.charAt(i)));
            }
            for (int k = 0; k < 4; k++) {
                bits[i * 4 + k] = (d & (8 >> k)) != 0;
            }
        }
        return of(bits);
    }

    /** The bit(n) / varbit(n) length coercion: exact length (bit) or at most n (varbit); explicit casts pad/truncate. */
    Object coerce(Bits v, int typmod, boolean explicit) {
        if (typmod < 0 || v.length() == typmod || (varying && v.length() <= typmod)) {
            return v;
        }
        if (!explicit) {
            if (varying) {
                throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION, "bit string too long for type bit varying(%d)",
                        typmod);
            }
            throw new PgException(PgTypeSupport.state("STRING_DATA_LENGTH_MISMATCH", SqlState.DATA_EXCEPTION),
                    "bit string length %d does not match type bit(%d)", v.length(), typmod);
        }
        boolean[] bits = Arrays.copyOf(unpack(v), typmod);
        return of(bits);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        Bits v = (Bits) value;
        byte[] out = new byte[4 + v.bytes().length];
        byte[] len = PgTypeSupport.int32(v.length());
        System.arraycopy(len, 0, out, 0, 4);
        System.arraycopy(v.bytes(), 0, out, 4, v.bytes().length);
        return out;
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        if (bytes.length < 4) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid length in external bit string");
        }
        int len = ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        if (len < 0 || (len + 7) / 8 != bytes.length - 4) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid length in external bit string");
        }
        return new Bits(len, Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    /** bit_cmp: the common bytes unsigned, then the shorter string first. */
    @Override
    public int compare(Object a, Object b) {
        Bits x = (Bits) a;
        Bits y = (Bits) b;
        int n = Math.min(x.bytes().length, y.bytes().length);
        int c = Arrays.compareUnsigned(x.bytes(), 0, n, y.bytes(), 0, n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
        return Integer.compare(x.length(), y.length());
    }

    // ---- operators and functions

    static Bits concat(Bits a, Bits b) {
        boolean[] r = Arrays.copyOf(unpack(a), a.length() + b.length());
        for (int i = 0; i < b.length(); i++) {
            r[a.length() + i] = b.get(i);
        }
        return of(r);
    }

    static Bits bitwise(Bits a, Bits b, char op) {
        if (a.length() != b.length()) {
            String what = op == '&' ? "AND" : op == '|' ? "OR" : "XOR";
            throw new PgException(PgTypeSupport.state("STRING_DATA_LENGTH_MISMATCH", SqlState.DATA_EXCEPTION),
                    "cannot %s bit strings of different sizes", what);
        }
        byte[] r = new byte[a.bytes().length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) switch (op) {
                case '&' -> a.bytes()[i] & b.bytes()[i];
                case '|' -> a.bytes()[i] | b.bytes()[i];
                default -> a.bytes()[i] ^ b.bytes()[i];
            };
        }
        return new Bits(a.length(), r);
    }

    static Bits not(Bits a) {
        boolean[] r = unpack(a);
        for (int i = 0; i < r.length; i++) {
            r[i] = !r[i];
        }
        return of(r);
    }

    /** << (negative counts shift right), keeping the length. */
    static Bits shiftLeft(Bits a, int n) {
        if (n < 0) {
            return shiftRight(a, n == Integer.MIN_VALUE ? Integer.MAX_VALUE : -n);
        }
        boolean[] src = unpack(a);
        boolean[] r = new boolean[src.length];
        for (int i = 0; i + n < src.length && n < src.length; i++) {
            r[i] = src[i + n];
        }
        return of(r);
    }

    static Bits shiftRight(Bits a, int n) {
        if (n < 0) {
            return shiftLeft(a, n == Integer.MIN_VALUE ? Integer.MAX_VALUE : -n);
        }
        boolean[] src = unpack(a);
        boolean[] r = new boolean[src.length];
        for (int i = n; i < src.length && n < src.length; i++) {
            r[i] = src[i - n];
        }
        return of(r);
    }

    /** substring(bits FROM start [FOR count]), 1-based as bitsubstr. */
    public static Bits substring(Bits a, int start, Integer count) {
        long s = start;
        long e;
        if (count == null) {
            e = a.length() + 1L;
        } else {
            if (count < 0) {
                throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
            }
            e = s + count;
        }
        long from = Math.max(s, 1);
        long to = Math.min(e, a.length() + 1L);
        if (to <= from) {
            return new Bits(0, new byte[0]);
        }
        boolean[] src = unpack(a);
        return of(Arrays.copyOfRange(src, (int) from - 1, (int) to - 1));
    }

    public static Bits overlay(Bits a, Bits placing, int start, Integer count) {
        int n = count == null ? placing.length() : count;
        if (start <= 0) {
            throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        Bits head = substring(a, 1, start - 1);
        Bits tail = substring(a, start + n, null);
        return concat(concat(head, placing), tail);
    }

    /** position(sub IN bits): 1-based, 0 when absent (bitposition: an empty sub is at 1 of a non-empty string). */
    public static int position(Bits sub, Bits a) {
        if (a.length() == 0) {
            return 0;
        }
        if (sub.length() == 0) {
            return 1;
        }
        for (int i = 0; i + sub.length() <= a.length(); i++) {
            boolean match = true;
            for (int k = 0; k < sub.length() && match; k++) {
                match = a.get(i + k) == sub.get(k);
            }
            if (match) {
                return i + 1;
            }
        }
        return 0;
    }

    public static int getBit(Bits a, int n) {
        if (n < 0 || n >= a.length()) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "bit index %d out of valid range (0..%d)", n, a.length() - 1);
        }
        return a.get(n) ? 1 : 0;
    }

    public static Bits setBit(Bits a, int n, int value) {
        if (n < 0 || n >= a.length()) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "bit index %d out of valid range (0..%d)", n, a.length() - 1);
        }
        if (value != 0 && value != 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "new bit must be 0 or 1");
        }
        boolean[] r = unpack(a);
        r[n] = value == 1;
        return of(r);
    }

    public static long bitCount(Bits a) {
        long c = 0;
        for (byte b : a.bytes()) {
            c += Integer.bitCount(b & 0xff);
        }
        return c;
    }

    /** bitfromint8: the low {@code length} bits of v (sign-extended beyond 64). */
    static Bits fromLong(long v, int length) {
        int n = length < 0 ? 1 : length;
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            int shift = n - 1 - i;
            r[i] = shift >= 64 ? v < 0 : ((v >> shift) & 1) != 0;
        }
        return of(r);
    }

    static long toLong(Bits a, int maxBits, String typeName) {
        if (a.length() > maxBits) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "%s out of range", typeName);
        }
        long r = 0;
        for (int i = 0; i < a.length(); i++) {
            r = (r << 1) | (a.get(i) ? 1 : 0);
        }
        if (maxBits == 32) {
            return (int) r;
        }
        return r;
    }

    static void registerOperators() {
        PgType bit = Types.BIT;
        PgType varbit = Types.VARBIT;
        Operators.comparisons(bit);
        Operators.comparisons(varbit);
        Operators.binary("||", varbit, varbit, varbit, (x, y) -> concat((Bits) x, (Bits) y));
        for (PgType t : new PgType[] {bit, varbit}) {
            Operators.binary("&", t, t, t, (x, y) -> bitwise((Bits) x, (Bits) y, '&'));
            Operators.binary("|", t, t, t, (x, y) -> bitwise((Bits) x, (Bits) y, '|'));
            Operators.binary("#", t, t, t, (x, y) -> bitwise((Bits) x, (Bits) y, '#'));
            Operators.prefix("~", t, t, (x, y) -> not((Bits) y));
            Operators.binary("<<", t, Types.INT4, t, (x, y) -> shiftLeft((Bits) x, (Integer) y));
            Operators.binary(">>", t, Types.INT4, t, (x, y) -> shiftRight((Bits) x, (Integer) y));
        }
    }

    static void registerCasts() {
        PgType bit = Types.BIT;
        PgType varbit = Types.VARBIT;
        Casts.add(bit, varbit, CastContext.IMPLICIT, v -> v);
        Casts.add(varbit, bit, CastContext.IMPLICIT, v -> v);
        Casts.add(Types.INT4, bit, CastContext.EXPLICIT, v -> fromLong((Integer) v, 1));
        Casts.add(Types.INT8, bit, CastContext.EXPLICIT, v -> fromLong((Long) v, 1));
        Casts.add(bit, Types.INT4, CastContext.EXPLICIT, v -> (int) toLong((Bits) v, 32, "integer"));
        Casts.add(bit, Types.INT8, CastContext.EXPLICIT, v -> toLong((Bits) v, 64, "bigint"));
    }
}
