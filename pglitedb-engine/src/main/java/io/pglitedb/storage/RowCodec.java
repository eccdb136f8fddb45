package io.pglitedb.storage;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes a table row as the value stored under its key: a header (format version, schema
 * version, the writer's version stamp), a null bitmap, then the columns. A row written before
 * ALTER TABLE ADD COLUMN decodes with the added columns as null (the caller fills defaults), so
 * adding a column never rewrites the table.
 *
 * <pre>
 * offset 0      format version (1)
 * offset 1..8   version stamp, 8 bytes big-endian (the writing transaction's id; 0 = none)
 * then          schema version (unsigned varint), column count n (unsigned varint),
 *               null bitmap ceil(n/8) bytes (bit i%8 of byte i/8 set = column i is null),
 *               the non-null columns in order:
 *   bool 1 byte; int2 2, int4 4, int8 8 bytes big-endian; float4/float8 IEEE bits;
 *   numeric: 0 = NaN, 1 = +Infinity, 2 = -Infinity, 3 = scale (zigzag varint) + unscaled
 *            long (zigzag varint), 4 = scale (zigzag varint) + length + unscaled two's complement;
 *   text/varchar/bpchar/name: length (varint) + UTF-8; bytea: length + bytes;
 *   an enum: length + the label's OID (so RENAME VALUE renames stored values, as in PostgreSQL);
 *   any other type: length + the type's PostgreSQL binary format (PgType.toBinary).
 * </pre>
 */
public final class RowCodec {
    /** The format version written by this code. */
    public static final byte FORMAT_VERSION = 1;
    private static final int STAMP_OFFSET = 1;
    private static final int HEADER_FIXED = 9;

    private RowCodec() {
    }

    public static byte[] encode(DataType[] columnTypes, Object[] values, int schemaVersion) {
        return encode(columnTypes, values, schemaVersion, 0L);
    }

    /** Encodes with the writer's version stamp (see {@link #versionStamp(byte[])}). */
    public static byte[] encode(DataType[] columnTypes, Object[] values, int schemaVersion, long versionStamp) {
        int n = values.length;
        Writer w = new Writer(HEADER_FIXED + 10 + (n + 7) / 8 + n * 8);
        w.buf[0] = FORMAT_VERSION;
        w.len = HEADER_FIXED;
        setVersionStamp(w.buf, versionStamp);
        w.varint(schemaVersion);
        w.varint(n);
        int bitmap = w.len;
        w.len += (n + 7) / 8;
        for (int i = 0; i < n; i++) {
            Object value = values[i];
            if (value == null) {
                w.buf[bitmap + (i >>> 3)] |= (byte) (1 << (i & 7));
            } else {
                encodeColumn(w, columnTypes[i], value);
            }
        }
        return w.len == w.buf.length ? w.buf : Arrays.copyOf(w.buf, w.len);
    }

    private static void encodeColumn(Writer w, DataType type, Object value) {
        switch (type.oid()) {
            case KeyEncoder.OID_BOOL -> {
                w.ensure(1);
                w.buf[w.len++] = (byte) (((Boolean) value) ? 1 : 0);
            }
            case KeyEncoder.OID_INT2 -> {
                w.ensure(2);
                short v = ((Number) value).shortValue();
                w.buf[w.len++] = (byte) (v >>> 8);
                w.buf[w.len++] = (byte) v;
            }
            case KeyEncoder.OID_INT4 -> w.int4((int) ((Number) value).longValue());
            case KeyEncoder.OID_INT8 -> w.int8(((Number) value).longValue());
            case KeyEncoder.OID_FLOAT4 -> w.int4(Float.floatToRawIntBits(((Number) value).floatValue()));
            case KeyEncoder.OID_FLOAT8 -> w.int8(Double.doubleToRawLongBits(((Number) value).doubleValue()));
            case KeyEncoder.OID_NUMERIC -> encodeNumeric(w, value);
            case KeyEncoder.OID_TEXT, KeyEncoder.OID_VARCHAR, KeyEncoder.OID_BPCHAR, KeyEncoder.OID_NAME,
                    KeyEncoder.OID_UNKNOWN -> w.bytes(((String) value).getBytes(StandardCharsets.UTF_8));
            case KeyEncoder.OID_BYTEA -> w.bytes((byte[]) value);
            default -> w.bytes(type.type() instanceof io.pglitedb.types.EnumType e ? e.toStorage(value)
                    : type.type().toBinary(value, type.typmod()));
        }
    }

    private static void encodeNumeric(Writer w, Object value) {
        w.ensure(1);
        if (!(value instanceof BigDecimal decimal)) {
            byte cls = KeyEncoder.numericSpecialClass(value);
            w.buf[w.len++] = (byte) (cls == KeyEncoder.NUMERIC_POS_INF ? 1 : cls == KeyEncoder.NUMERIC_NEG_INF ? 2 : 0);
            return;
        }
        BigInteger unscaled = decimal.unscaledValue();
        if (unscaled.bitLength() < 64) {
            w.buf[w.len++] = 3;
            w.zigzag(decimal.scale());
            w.zigzag(unscaled.longValue());
        } else {
            w.buf[w.len++] = 4;
            w.zigzag(decimal.scale());
            w.bytes(unscaled.toByteArray());
        }
    }

    /** Decodes into an array of {@code columnTypes.length} values. */
    public static Object[] decode(DataType[] columnTypes, byte[] row) {
        Object[] out = new Object[columnTypes.length];
        decodeInto(columnTypes, row, out);
        return out;
    }

    /**
     * Decodes only the columns whose {@code wanted} entry is true (null: all); the others come out
     * null without being converted (a scan that reads three of sixteen columns skips the strings,
     * numerics and dates it does not need).
     */
    public static Object[] decode(DataType[] columnTypes, byte[] row, boolean[] wanted) {
        Object[] out = new Object[columnTypes.length];
        if (wanted == null) {
            decodeInto(columnTypes, row, out);
        } else {
            decodeInto(columnTypes, row, wanted, out);
        }
        return out;
    }

    /**
     * Decodes the columns whose {@code wanted} entry is true into {@code out}, leaving its other
     * entries as they are (a scan decodes the columns its filter tests first, the rest for the
     * rows that pass).
     */
    public static void decodeInto(DataType[] columnTypes, byte[] row, boolean[] wanted, Object[] out) {
        if (row.length < HEADER_FIXED || row[0] != FORMAT_VERSION) {
            throw corrupted(row);
        }
        Reader r = new Reader(row, HEADER_FIXED);
        r.varint(); // schema version
        int stored = r.varint();
        int bitmap = r.pos;
        r.pos += (stored + 7) / 8;
        int last = Math.min(columnTypes.length, stored) - 1;
        while (last >= 0 && !wanted[last]) {
            last--;
        }
        try {
            for (int i = 0; i <= last; i++) {
                if ((row[bitmap + (i >>> 3)] & (1 << (i & 7))) != 0) {
                    continue;
                }
                if (wanted[i]) {
                    out[i] = decodeColumn(r, columnTypes[i]);
                } else {
                    skipColumn(r, columnTypes[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw corrupted(row);
        }
    }

    /** Moves past one non-null column without converting it. */
    private static void skipColumn(Reader r, DataType type) {
        switch (type.oid()) {
            case KeyEncoder.OID_BOOL -> r.pos++;
            case KeyEncoder.OID_INT2 -> r.pos += 2;
            case KeyEncoder.OID_INT4, KeyEncoder.OID_FLOAT4 -> r.pos += 4;
            case KeyEncoder.OID_INT8, KeyEncoder.OID_FLOAT8 -> r.pos += 8;
            case KeyEncoder.OID_NUMERIC -> {
                int tag = r.buf[r.pos++];
                if (tag == 3) {
                    r.varlong();
                    r.varlong();
                } else if (tag == 4) {
                    r.varlong();
                    r.skipBytes();
                }
            }
            default -> r.skipBytes(); // length-prefixed: strings, bytea, binary formats
        }
    }

    /**
     * Decodes into {@code out} (length at least {@code columnTypes.length}); columns the row does
     * not have (added later) are set to null.
     */
    public static void decodeInto(DataType[] columnTypes, byte[] row, Object[] out) {
        if (row.length < HEADER_FIXED || row[0] != FORMAT_VERSION) {
            throw corrupted(row);
        }
        Reader r = new Reader(row, HEADER_FIXED);
        r.varint(); // schema version
        int stored = r.varint();
        int bitmap = r.pos;
        r.pos += (stored + 7) / 8;
        int n = columnTypes.length;
        int common = Math.min(n, stored);
        try {
            for (int i = 0; i < common; i++) {
                if ((row[bitmap + (i >>> 3)] & (1 << (i & 7))) != 0) {
                    out[i] = null;
                } else {
                    out[i] = decodeColumn(r, columnTypes[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw corrupted(row);
        }
        for (int i = common; i < n; i++) {
            out[i] = null;
        }
    }

    private static Object decodeColumn(Reader r, DataType type) {
        byte[] b = r.buf;
        switch (type.oid()) {
            case KeyEncoder.OID_BOOL:
                return b[r.pos++] != 0;
            case KeyEncoder.OID_INT2: {
                short v = (short) (((b[r.pos] & 0xFF) << 8) | (b[r.pos + 1] & 0xFF));
                r.pos += 2;
                return v;
            }
            case KeyEncoder.OID_INT4:
                return r.int4();
            case KeyEncoder.OID_INT8:
                return r.int8();
            case KeyEncoder.OID_FLOAT4:
                return Float.intBitsToFloat(r.int4());
            case KeyEncoder.OID_FLOAT8:
                return Double.longBitsToDouble(r.int8());
            case KeyEncoder.OID_NUMERIC:
                return decodeNumeric(r, type);
            case KeyEncoder.OID_TEXT:
            case KeyEncoder.OID_VARCHAR:
            case KeyEncoder.OID_BPCHAR:
            case KeyEncoder.OID_NAME:
            case KeyEncoder.OID_UNKNOWN: {
                int length = r.varint();
                String s = new String(b, r.pos, length, StandardCharsets.UTF_8);
                r.pos += length;
                return s;
            }
            case KeyEncoder.OID_BYTEA:
                return r.bytes();
            case KeyEncoder.OID_DATE: {
                int length = r.varint();
                if (length == 4) { // days since 2000-01-01, checked when it was written
                    return r.int4();
                }
                r.pos -= 1;
                return type.type().fromBinary(r.bytes(), type.typmod());
            }
            default:
                if (type.type() instanceof io.pglitedb.types.EnumType e) {
                    return e.fromStorage(r.bytes());
                }
                return type.type().fromBinary(r.bytes(), type.typmod());
        }
    }

    private static Object decodeNumeric(Reader r, DataType type) {
        int tag = r.buf[r.pos++];
        switch (tag) {
            case 3: {
                int scale = (int) r.zigzag();
                return BigDecimal.valueOf(r.zigzag(), scale);
            }
            case 4: {
                int scale = (int) r.zigzag();
                return new BigDecimal(new BigInteger(r.bytes()), scale);
            }
            case 0:
                return type.type().fromText("NaN", -1);
            case 1:
                return type.type().fromText("Infinity", -1);
            case 2:
                return type.type().fromText("-Infinity", -1);
            default:
                throw new PgException(SqlState.DATA_CORRUPTED, "invalid numeric tag %d in stored row", tag);
        }
    }

    /** The writer's version stamp stored in the row header. */
    public static long versionStamp(byte[] row) {
        long v = 0;
        for (int i = STAMP_OFFSET; i < STAMP_OFFSET + 8; i++) {
            v = (v << 8) | (row[i] & 0xFF);
        }
        return v;
    }

    /** Overwrites the version stamp in place (the row must have been produced by this codec). */
    public static void setVersionStamp(byte[] row, long stamp) {
        for (int i = STAMP_OFFSET + 7; i >= STAMP_OFFSET; i--) {
            row[i] = (byte) stamp;
            stamp >>>= 8;
        }
    }

    /** The schema version the row was written with. */
    public static int schemaVersion(byte[] row) {
        return new Reader(row, HEADER_FIXED).varint();
    }

    /** Number of columns stored in the row (fewer than the table has after ADD COLUMN). */
    public static int columnCount(byte[] row) {
        Reader r = new Reader(row, HEADER_FIXED);
        r.varint();
        return r.varint();
    }

    private static PgException corrupted(byte[] row) {
        return new PgException(SqlState.DATA_CORRUPTED, "invalid stored row (format %d, %d bytes)",
                row.length == 0 ? -1 : row[0], row.length);
    }

    private static final class Writer {
        byte[] buf;
        int len;

        Writer(int capacity) {
            buf = new byte[capacity];
        }

        void ensure(int extra) {
            if (len + extra > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
            }
        }

        void int4(int v) {
            ensure(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void int8(long v) {
            int4((int) (v >>> 32));
            int4((int) v);
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void bytes(byte[] b) {
            varint(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }
    }

    private static final class Reader {
        final byte[] buf;
        int pos;

        Reader(byte[] buf, int pos) {
            this.buf = buf;
            this.pos = pos;
        }

        int int4() {
            int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8)
                    | (buf[pos + 3] & 0xFF);
            pos += 4;
            return v;
        }

        long int8() {
            long hi = int4() & 0xFFFFFFFFL;
            long lo = int4() & 0xFFFFFFFFL;
            return (hi << 32) | lo;
        }

        int varint() {
            return (int) varlong();
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        long zigzag() {
            long v = varlong();
            return (v >>> 1) ^ -(v & 1);
        }

        void skipBytes() {
            int length = varint(); // (not pos += varint(): that would add to the pos before the length)
            pos += length;
        }

        byte[] bytes() {
            int length = varint();
            byte[] out = Arrays.copyOfRange(buf, pos, pos + length);
            pos += length;
            return out;
        }
    }
}
