package io.pglitedb.exec;

import io.pglitedb.types.NumericValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A row kept in memory as one byte array (as PostgreSQL keeps a hash table's tuples as minimal
 * tuples): a column count, then per column a tag byte and its value in a few bytes. An
 * {@code Object[]} of boxed values costs 4 to 8 times as much heap (an array slot per column, a
 * header and fields per value; a join's row has a slot for every column of every table, most of
 * them unused NULLs), so a hash table of packed rows holds that many more rows before it spills.
 *
 * <p>Only the classes of the common scalar types pack ({@link #pack} returns null for a row with
 * any other value, which the caller keeps as it is); {@link #unpack} returns values equal to the
 * packed ones and of the same classes.
 */
final class PackedRow {
    private static final byte NULL = 0;
    private static final byte FALSE = 1;
    private static final byte TRUE = 2;
    private static final byte SHORT = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte FLOAT = 6;
    private static final byte DOUBLE = 7;
    /** A numeric whose unscaled value fits a long: scale and unscaled value as zigzag varints. */
    private static final byte DECIMAL = 8;
    /** Any other numeric: scale, then the unscaled value's two's complement bytes. */
    private static final byte BIG_DECIMAL = 9;
    private static final byte STRING = 10;
    private static final byte BYTES = 11;
    private static final byte NUMERIC_NAN = 12;
    private static final byte NUMERIC_POSITIVE_INFINITY = 13;
    private static final byte NUMERIC_NEGATIVE_INFINITY = 14;

    private byte[] buf = new byte[256];
    private int len;

    /** The row packed, or null when a value is of a class that does not pack. */
    byte[] pack(Object[] row) {
        len = 0;
        varint(row.length);
        for (Object v : row) {
            if (!put(v)) {
                return null;
            }
        }
        return Arrays.copyOf(buf, len);
    }

    /** The heap a packed row takes: the array's header and bytes, aligned to 8. */
    static long size(byte[] packed) {
        return (16 + packed.length + 7) & ~7L;
    }

    private boolean put(Object v) {
        switch (v) {
            case null -> tag(NULL);
            case Boolean b -> tag(b ? TRUE : FALSE);
            case Short s -> {
                tag(SHORT);
                varlong(zigzag(s));
            }
            case Integer i -> {
                tag(INT);
                varlong(zigzag(i));
            }
            case Long l -> {
                tag(LONG);
                varlong(zigzag(l));
            }
            case Float f -> {
                tag(FLOAT);
                fixed(Float.floatToRawIntBits(f), 4);
            }
            case Double d -> {
                tag(DOUBLE);
                fixed(Double.doubleToRawLongBits(d), 8);
            }
            case BigDecimal d -> {
                BigInteger unscaled = d.unscaledValue();
                if (unscaled.bitLength() < 64) {
                    tag(DECIMAL);
                    varlong(zigzag(d.scale()));
                    varlong(zigzag(unscaled.longValue()));
                } else {
                    tag(BIG_DECIMAL);
                    varlong(zigzag(d.scale()));
                    bytes(unscaled.toByteArray());
                }
            }
            case String s -> {
                tag(STRING);
                bytes(s.getBytes(StandardCharsets.UTF_8));
            }
            case byte[] b -> {
                tag(BYTES);
                bytes(b);
            }
            default -> {
                if (v == NumericValue.NAN) {
                    tag(NUMERIC_NAN);
                } else if (v == NumericValue.POSITIVE_INFINITY) {
                    tag(NUMERIC_POSITIVE_INFINITY);
                } else if (v == NumericValue.NEGATIVE_INFINITY) {
                    tag(NUMERIC_NEGATIVE_INFINITY);
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private void tag(byte t) {
        ensure(1);
        buf[len++] = t;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private void varint(int v) {
        varlong(v & 0xFFFFFFFFL);
    }

    private void varlong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    private void fixed(long v, int n) {
        ensure(n);
        for (int i = n - 1; i >= 0; i--) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    private void bytes(byte[] b) {
        varint(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /** The values of a packed row. */
    static Object[] unpack(byte[] packed) {
        Reader r = new Reader(packed);
        Object[] row = new Object[(int) r.varlong()];
        for (int i = 0; i < row.length; i++) {
            row[i] = r.value();
        }
        return row;
    }

    private static final class Reader {
        private final byte[] buf;
        private int pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        Object value() {
            byte tag = buf[pos++];
            return switch (tag) {
                case NULL -> null;
                case FALSE -> Boolean.FALSE;
                case TRUE -> Boolean.TRUE;
                case SHORT -> (short) unzigzag(varlong());
                case INT -> (int) unzigzag(varlong());
                case LONG -> unzigzag(varlong());
                case FLOAT -> Float.intBitsToFloat((int) fixed(4));
                case DOUBLE -> Double.longBitsToDouble(fixed(8));
                case DECIMAL -> {
                    int scale = (int) unzigzag(varlong());
                    yield BigDecimal.valueOf(unzigzag(varlong()), scale);
                }
                case BIG_DECIMAL -> {
                    int scale = (int) unzigzag(varlong());
                    yield new BigDecimal(new BigInteger(bytes()), scale);
                }
                case STRING -> {
                    int n = (int) varlong();
                    String s = new String(buf, pos, n, StandardCharsets.UTF_8);
                    pos += n;
                    yield s;
                }
                case BYTES -> bytes();
                case NUMERIC_NAN -> NumericValue.NAN;
                case NUMERIC_POSITIVE_INFINITY -> NumericValue.POSITIVE_INFINITY;
                case NUMERIC_NEGATIVE_INFINITY -> NumericValue.NEGATIVE_INFINITY;
                default -> throw new IllegalStateException("invalid packed value tag " + tag);
            };
        }

        private static long unzigzag(long v) {
            return (v >>> 1) ^ -(v & 1);
        }

        long varlong() {
            long v = 0;
            for (int shift = 0;; shift += 7) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        private long fixed(int n) {
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (buf[pos++] & 0xFF);
            }
            return v;
        }

        private byte[] bytes() {
            int n = (int) varlong();
            byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }
    }
}
