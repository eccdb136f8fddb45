package io.pglitedb.storage;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.range.Range;
import io.pglitedb.types.range.RangeType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads back what {@link KeyEncoder} wrote, in the same order with the same types and
 * directions: for index-only scans and to find the primary key at the end of an index entry.
 * Values come back normalized: numeric without trailing zeros (scale &gt;= 0), float -0 as 0,
 * bpchar without trailing spaces; NaN and infinities of numeric via the type's text input.
 *
 * <pre>
 * KeyDecoder d = new KeyDecoder(key);
 * int db = d.readInt(); int index = d.readInt();
 * d.skip(TEXT, false);                 // the index column
 * byte[] primaryKeySuffix = d.remaining();
 * </pre>
 */
public final class KeyDecoder {
    private final byte[] key;
    private int pos;

    public KeyDecoder(byte[] key) {
        this(key, 0);
    }

    public KeyDecoder(byte[] key, int offset) {
        this.key = key;
        this.pos = offset;
    }

    public int position() {
        return pos;
    }

    public boolean hasRemaining() {
        return pos < key.length;
    }

    /** The bytes not read yet. */
    public byte[] remaining() {
        return Arrays.copyOfRange(key, pos, key.length);
    }

    /** Reads a raw int written by {@link KeyEncoder#addInt}. */
    public int readInt() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (key[pos++] & 0xFF);
        }
        return v;
    }

    /** Reads a long written by {@link KeyEncoder#addLong}. */
    public long readLong() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (key[pos++] & 0xFF);
        }
        return v ^ Long.MIN_VALUE;
    }

    /** Skips a typed column. */
    public void skip(DataType type, boolean descending) {
        read(type, descending);
    }

    /** Reads a typed column; null for a null marker. */
    public Object read(DataType type, boolean descending) {
        byte marker = key[pos++];
        if (marker == KeyEncoder.NULL_FIRST || marker == KeyEncoder.NULL_LAST) {
            return null;
        }
        if (marker != KeyEncoder.NOT_NULL) {
            throw new PgException(SqlState.DATA_CORRUPTED, "invalid key marker %d", marker);
        }
        return readValue(type, descending ? 0xFF : 0);
    }

    private Object readValue(DataType type, int flip) {
        if (type.type() instanceof RangeType range) {
            return readRange(range, flip);
        }
        if (type.type() instanceof io.pglitedb.types.range.MultirangeType multirange) {
            java.util.List<Range> ranges = new java.util.ArrayList<>();
            while (((key[pos++] ^ flip) & 0xFF) == 1) {
                ranges.add((Range) readRange(multirange.rangeType(), flip));
            }
            return new io.pglitedb.types.range.Multirange(ranges);
        }
        switch (type.oid()) {
            case KeyEncoder.OID_BOOL:
                return ((key[pos++] ^ flip) & 0xFF) != 0;
            case KeyEncoder.OID_INT2:
                return (short) (fixed(2, flip) ^ 0x8000);
            case KeyEncoder.OID_INT4:
            case KeyEncoder.OID_DATE:
                return (int) fixed(4, flip) ^ Integer.MIN_VALUE;
            case KeyEncoder.OID_INT8:
            case KeyEncoder.OID_TIMESTAMP:
            case KeyEncoder.OID_TIMESTAMPTZ:
                return fixed(8, flip) ^ Long.MIN_VALUE;
            case KeyEncoder.OID_OID:
                return fixed(4, flip);
            case KeyEncoder.OID_FLOAT4: {
                int bits = (int) fixed(4, flip);
                return Float.intBitsToFloat(bits < 0 ? bits ^ Integer.MIN_VALUE : ~bits);
            }
            case KeyEncoder.OID_FLOAT8: {
                long bits = fixed(8, flip);
                return Double.longBitsToDouble(bits < 0 ? bits ^ Long.MIN_VALUE : ~bits);
            }
            case KeyEncoder.OID_NUMERIC:
                return readNumeric(type, flip);
            case KeyEncoder.OID_TEXT:
            case KeyEncoder.OID_VARCHAR:
            case KeyEncoder.OID_NAME:
            case KeyEncoder.OID_UNKNOWN:
            case KeyEncoder.OID_BPCHAR:
                return new String(readBytes(flip), StandardCharsets.UTF_8);
            case KeyEncoder.OID_BYTEA:
                return readBytes(flip);
            case KeyEncoder.OID_UUID:
                return new java.util.UUID(fixed(8, flip), fixed(8, flip));
            default:
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "type with OID %d cannot be used in an index key", type.oid());
        }
    }

    /** A range as {@link KeyEncoder} writes it (canonical already: it was made before it was stored). */
    private Object readRange(RangeType type, int flip) {
        if (((key[pos++] ^ flip) & 0xFF) == 0) {
            return Range.EMPTY;
        }
        DataType subtype = DataType.of(type.subtype());
        Object lower = null;
        boolean lowerInclusive = false;
        if (((key[pos++] ^ flip) & 0xFF) != 0) {
            lower = readValue(subtype, flip);
            lowerInclusive = ((key[pos++] ^ flip) & 0xFF) == 0;
        }
        Object upper = null;
        boolean upperInclusive = false;
        if (((key[pos++] ^ flip) & 0xFF) != 2) {
            upper = readValue(subtype, flip);
            upperInclusive = ((key[pos++] ^ flip) & 0xFF) == 1;
        }
        return new Range(false, lower, lowerInclusive, upper, upperInclusive);
    }

    private long fixed(int bytes, int flip) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v = (v << 8) | ((key[pos++] ^ flip) & 0xFF);
        }
        return v;
    }

    private Object readNumeric(DataType type, int flip) {
        byte cls = (byte) (key[pos++] ^ flip);
        switch (cls) {
            case KeyEncoder.NUMERIC_ZERO:
                return BigDecimal.ZERO;
            case KeyEncoder.NUMERIC_NAN:
                return type.type().fromText("NaN", -1);
            case KeyEncoder.NUMERIC_POS_INF:
                return type.type().fromText("Infinity", -1);
            case KeyEncoder.NUMERIC_NEG_INF:
                return type.type().fromText("-Infinity", -1);
            case KeyEncoder.NUMERIC_POS:
            case KeyEncoder.NUMERIC_NEG:
                break;
            default:
                throw new PgException(SqlState.DATA_CORRUPTED, "invalid numeric key class %d", cls);
        }
        int f = cls == KeyEncoder.NUMERIC_NEG ? flip ^ 0xFF : flip;
        int exponent = (int) fixed(4, f) ^ Integer.MIN_VALUE;
        StringBuilder digits = new StringBuilder();
        while (true) {
            int b = (key[pos++] ^ f) & 0xFF;
            boolean last = (b & 1) == 1;
            int pair = last ? (b - 1) / 2 : (b - 2) / 2;
            digits.append((char) ('0' + pair / 10)).append((char) ('0' + pair % 10));
            if (last) {
                break;
            }
        }
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        BigInteger unscaled = new BigInteger(digits.substring(0, end));
        int scale = end - exponent;
        BigDecimal value = new BigDecimal(cls == KeyEncoder.NUMERIC_NEG ? unscaled.negate() : unscaled, scale);
        return scale < 0 ? value.setScale(0) : value;
    }

    private byte[] readBytes(int flip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        while (true) {
            int b = (key[pos++] ^ flip) & 0xFF;
            if (b != 0) {
                out.write(b);
                continue;
            }
            int next = (key[pos++] ^ flip) & 0xFF;
            if (next == 0xFF) {
                out.write(0);
            } else if (next == 1) {
                return out.toByteArray();
            } else {
                throw new PgException(SqlState.DATA_CORRUPTED, "invalid escape in key");
            }
        }
    }
}
