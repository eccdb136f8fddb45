package io.pglitedb.storage;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.range.Range;
import io.pglitedb.types.range.RangeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds order-preserving ("memcomparable") keys: comparing the encoded bytes with unsigned
 * lexicographic order gives the same order as comparing the values with their type's
 * {@link io.pglitedb.types.PgType#compare}, column by column. NULLs sort last by default
 * (PostgreSQL's ASC NULLS LAST); descending columns are encoded inverted.
 *
 * <pre>
 * byte[] key = new KeyEncoder().addInt(dbOid).addInt(tableOid).add(INT4, 42).toBytes();
 * </pre>
 *
 * <p>Each typed column is a marker byte followed (unless null) by the value's bytes. The marker is
 * {@link #NULL_FIRST} (0x00) / {@link #NOT_NULL} (0x01) / {@link #NULL_LAST} (0x02) and is never
 * inverted, so NULLS FIRST/LAST hold for descending columns too. Every value encoding is
 * prefix-free (fixed width, or terminated), so columns concatenate and inverting the bytes of a
 * descending column reverses its order exactly:
 * <ul>
 * <li>bool: 0x00 / 0x01</li>
 * <li>int2/int4/int8: big-endian two's complement with the sign bit flipped; oid: unsigned
 * big-endian 4 bytes; date (int4 days) and timestamp/timestamptz (int8 microseconds, infinities
 * as the extreme values) like int4 and int8</li>
 * <li>float4/float8: IEEE bits, sign bit flipped for positives and all bits flipped for negatives;
 * -0 is encoded as 0 and every NaN as the canonical NaN, which sorts above +Infinity (as in
 * PostgreSQL)</li>
 * <li>numeric: a class byte (-Infinity 0x01, negative 0x02, zero 0x03, positive 0x04, +Infinity
 * 0x05, NaN 0x06); finite non-zero values then carry the decimal exponent E (value = 0.d1d2... x
 * 10^E, trailing zeros stripped, so 1.0 and 1.00 are equal) as a sign-flipped 4-byte int and the
 * digits in base-100 pairs, each pair p as 2p+2 except the last as 2p+1; for negatives the
 * exponent and digit bytes are inverted</li>
 * <li>text/varchar/name/bpchar/bytea: the UTF-8 (raw) bytes with 0x00 escaped as 0x00 0xFF,
 * terminated by 0x00 0x01 (so "a" sorts before "a\0" and "ab"); bpchar without trailing
 * spaces. This is the C collation: UTF-8 byte order equals code point order</li>
 * <li>uuid: its 16 bytes (memcmp order, as PostgreSQL sorts uuids)</li>
 * <li>ranges: empty first, then the lower and the upper bound with their subtype's encoding and
 * bytes that order infinite and exclusive bounds as range_cmp does ({@link #encodeRange})</li>
 * </ul>
 * Reusable: {@link #reset()} clears it for the next key.
 */
public final class KeyEncoder {
    /** Marker of a null that sorts before all values. */
    public static final byte NULL_FIRST = 0x00;
    /** Marker of a non-null value. */
    public static final byte NOT_NULL = 0x01;
    /** Marker of a null that sorts after all values. */
    public static final byte NULL_LAST = 0x02;

    static final int OID_BOOL = 16;
    static final int OID_BYTEA = 17;
    static final int OID_NAME = 19;
    static final int OID_INT8 = 20;
    static final int OID_INT2 = 21;
    static final int OID_INT4 = 23;
    static final int OID_TEXT = 25;
    static final int OID_OID = 26;
    static final int OID_FLOAT4 = 700;
    static final int OID_FLOAT8 = 701;
    static final int OID_UNKNOWN = 705;
    static final int OID_BPCHAR = 1042;
    static final int OID_DATE = 1082;
    static final int OID_TIMESTAMP = 1114;
    static final int OID_TIMESTAMPTZ = 1184;
    static final int OID_VARCHAR = 1043;
    static final int OID_NUMERIC = 1700;
    static final int OID_UUID = 2950;

    static final byte NUMERIC_NEG_INF = 0x01;
    static final byte NUMERIC_NEG = 0x02;
    static final byte NUMERIC_ZERO = 0x03;
    static final byte NUMERIC_POS = 0x04;
    static final byte NUMERIC_POS_INF = 0x05;
    static final byte NUMERIC_NAN = 0x06;

    private byte[] buf;
    private int len;

    public KeyEncoder() {
        this(32);
    }

    public KeyEncoder(int initialCapacity) {
        buf = new byte[Math.max(8, initialCapacity)];
    }

    /** Clears the key so the encoder can be reused. */
    public KeyEncoder reset() {
        len = 0;
        return this;
    }

    /** Number of bytes encoded so far. */
    public int length() {
        return len;
    }

    /** Appends a raw unsigned 4-byte big-endian int (database / relation OIDs). */
    public KeyEncoder addInt(int value) {
        ensure(4);
        putInt(value);
        return this;
    }

    /** Appends a raw 8-byte big-endian long, sign bit flipped so that order is preserved. */
    public KeyEncoder addLong(long value) {
        ensure(8);
        putLong(value ^ Long.MIN_VALUE);
        return this;
    }

    /** Appends bytes as they are (e.g. an encoded primary key after index columns). */
    public KeyEncoder addRaw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    /** Appends a typed value (null allowed) ascending, NULLS LAST. */
    public KeyEncoder add(DataType type, Object value) {
        return add(type, value, false, false);
    }

    public KeyEncoder add(DataType type, Object value, boolean descending, boolean nullsFirst) {
        if (value == null) {
            ensure(1);
            buf[len++] = nullsFirst ? NULL_FIRST : NULL_LAST;
            return this;
        }
        ensure(1);
        buf[len++] = NOT_NULL;
        int start = len;
        if (type.type() instanceof io.pglitedb.types.EnumType e) {
            encodeValue(OID_FLOAT4, e.sortOrder(value)); // an enum orders by its labels' sort order
        } else if (type.type() instanceof RangeType range) {
            encodeRange(range, (Range) value);
        } else if (type.type() instanceof io.pglitedb.types.range.MultirangeType multirange) {
            // multirange_cmp's order: range by range, a prefix first (0x01 before each range, 0x00 at the end)
            for (Range r : ((io.pglitedb.types.range.Multirange) value).ranges()) {
                ensure(1);
                buf[len++] = 1;
                encodeRange(multirange.rangeType(), r);
            }
            ensure(1);
            buf[len++] = 0;
        } else {
            encodeValue(type.oid(), value);
        }
        if (descending) {
            for (int i = start; i < len; i++) {
                buf[i] = (byte) ~buf[i];
            }
        }
        return this;
    }

    private void encodeValue(int oid, Object value) {
        switch (oid) {
            case OID_BOOL -> {
                ensure(1);
                buf[len++] = (byte) (((Boolean) value) ? 1 : 0);
            }
            case OID_INT2 -> {
                ensure(2);
                int v = ((Number) value).shortValue() ^ 0x8000;
                buf[len++] = (byte) (v >>> 8);
                buf[len++] = (byte) v;
            }
            case OID_INT4, OID_DATE -> {
                ensure(4);
                putInt(((Number) value).intValue() ^ Integer.MIN_VALUE);
            }
            case OID_INT8, OID_TIMESTAMP, OID_TIMESTAMPTZ -> {
                ensure(8);
                putLong(((Number) value).longValue() ^ Long.MIN_VALUE);
            }
            case OID_OID -> {
                ensure(4);
                putInt((int) ((Number) value).longValue());
            }
            case OID_FLOAT4 -> {
                ensure(4);
                float f = ((Number) value).floatValue();
                if (f == 0.0f) {
                    f = 0.0f; // -0 == 0
                }
                int bits = Float.floatToIntBits(f); // canonical NaN 0x7fc00000, above +Infinity
                putInt(bits < 0 ? ~bits : bits ^ Integer.MIN_VALUE);
            }
            case OID_FLOAT8 -> {
                ensure(8);
                double d = ((Number) value).doubleValue();
                if (d == 0.0d) {
                    d = 0.0d;
                }
                long bits = Double.doubleToLongBits(d);
                putLong(bits < 0 ? ~bits : bits ^ Long.MIN_VALUE);
            }
            case OID_NUMERIC -> encodeNumeric(value);
            case OID_TEXT, OID_VARCHAR, OID_NAME, OID_UNKNOWN -> encodeBytes(utf8((String) value));
            case OID_BPCHAR -> encodeBytes(utf8(stripTrailingSpaces((String) value)));
            case OID_BYTEA -> encodeBytes((byte[]) value);
            case OID_UUID -> {
                java.util.UUID u = (java.util.UUID) value;
                ensure(16);
                putLong(u.getMostSignificantBits());
                putLong(u.getLeastSignificantBits());
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "type with OID %d cannot be used in an index key", oid);
        }
    }

    /**
     * A range in range_cmp's order: empty 0x00 first; otherwise 0x01, the lower bound (infinite
     * 0x00, or 0x01 + value + 0x00 inclusive / 0x01 exclusive) and the upper bound (0x01 + value +
     * 0x00 exclusive / 0x01 inclusive, or infinite 0x02).
     */
    private void encodeRange(RangeType type, Range r) {
        ensure(1);
        if (r.empty()) {
            buf[len++] = 0;
            return;
        }
        buf[len++] = 1;
        int subtype = type.subtype().oid();
        ensure(1);
        if (r.lower() == null) {
            buf[len++] = 0;
        } else {
            buf[len++] = 1;
            encodeValue(subtype, r.lower());
            ensure(1);
            buf[len++] = (byte) (r.lowerInclusive() ? 0 : 1);
        }
        ensure(2);
        if (r.upper() == null) {
            buf[len++] = 2;
        } else {
            buf[len++] = 1;
            encodeValue(subtype, r.upper());
            ensure(1);
            buf[len++] = (byte) (r.upperInclusive() ? 1 : 0);
        }
    }

    private void encodeNumeric(Object value) {
        if (!(value instanceof BigDecimal decimal)) {
            ensure(1);
            buf[len++] = numericSpecialClass(value);
            return;
        }
        int signum = decimal.signum();
        if (signum == 0) {
            ensure(1);
            buf[len++] = NUMERIC_ZERO;
            return;
        }
        BigDecimal normalized = decimal.stripTrailingZeros();
        BigInteger unscaled = normalized.unscaledValue().abs();
        String digits = unscaled.toString();
        long exponent = (long) digits.length() - normalized.scale();
        if (exponent > Integer.MAX_VALUE || exponent < Integer.MIN_VALUE) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        ensure(1 + 4 + (digits.length() + 1) / 2);
        buf[len++] = signum > 0 ? NUMERIC_POS : NUMERIC_NEG;
        int start = len;
        putInt((int) exponent ^ Integer.MIN_VALUE);
        int n = digits.length();
        for (int i = 0; i < n; i += 2) {
            int pair = (digits.charAt(i) - '0') * 10 + (i + 1 < n ? digits.charAt(i + 1) - '0' : 0);
            buf[len++] = (byte) (i + 2 >= n ? 2 * pair + 1 : 2 * pair + 2);
        }
        if (signum < 0) {
            for (int i = start; i < len; i++) {
                buf[i] = (byte) ~buf[i];
            }
        }
    }

    /** Class byte of a non-BigDecimal numeric value (NaN, or +/-Infinity), by its text form. */
    static byte numericSpecialClass(Object value) {
        String text = value.toString();
        if (text.equals("Infinity") || text.equals("+Infinity")) {
            return NUMERIC_POS_INF;
        }
        if (text.equals("-Infinity")) {
            return NUMERIC_NEG_INF;
        }
        return NUMERIC_NAN;
    }

    private void encodeBytes(byte[] bytes) {
        ensure(bytes.length + 2);
        for (byte b : bytes) {
            if (b == 0) {
                ensure(2);
                buf[len++] = 0;
                buf[len++] = (byte) 0xFF;
            } else {
                buf[len++] = b;
            }
        }
        ensure(2);
        buf[len++] = 0;
        buf[len++] = 1;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    private void putInt(int v) {
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    /**
     * The smallest key greater than every key that starts with {@code prefix} (for range ends):
     * the prefix with its last byte below 0xFF incremented and the bytes after it dropped. Returns
     * null (no upper bound) when the prefix is empty or all 0xFF.
     */
    public static byte[] prefixEnd(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] end = Arrays.copyOf(prefix, i + 1);
                end[i]++;
                return end;
            }
        }
        return null;
    }

    /** Unsigned lexicographic comparison: the order of keys in the store. */
    public static int compareKeys(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
