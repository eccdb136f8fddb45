package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/** Small pieces shared by the type files: big-endian byte packing and the common errors. */
final class PgTypeSupport {
    private PgTypeSupport() {
    }

    static byte[] int16(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    static byte[] int32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    static byte[] int64(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    static int readInt16(byte[] b, int off) {
        return (short) (((b[off] & 0xff) << 8) | (b[off + 1] & 0xff));
    }

    static int readInt32(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    static long readInt64(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    static void expectLength(byte[] b, int length) {
        if (b.length != length) {
            throw badBinary();
        }
    }

    static PgException badBinary() {
        return new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
    }

    static PgException invalidSyntax(String typeName, String text) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s: \"%s\"",
                typeName, text);
    }

    static PgException outOfRange(String message) {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, message);
    }

    static PgException divisionByZero() {
        return new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }

    /** C isspace(): what PostgreSQL's number parsers skip around a value. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /**
     * SQLSTATEs PostgreSQL uses that {@link SqlState} may not list yet (2201F, 2201E): used when
     * present, otherwise the closest listed code.
     */
    static SqlState state(String name, SqlState fallback) {
        for (SqlState s : SqlState.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return fallback;
    }

    static final SqlState INVALID_ARGUMENT_FOR_POWER_FUNCTION =
            state("INVALID_ARGUMENT_FOR_POWER_FUNCTION", SqlState.INVALID_PARAMETER_VALUE);
    static final SqlState INVALID_ARGUMENT_FOR_LOG = state("INVALID_ARGUMENT_FOR_LOG", SqlState.INVALID_PARAMETER_VALUE);

    /** Compares two strings in code point order: PostgreSQL's "C" collation over UTF-8 bytes. */
    static int compareCodePoints(String a, String b) {
        return compareCodePoints(a, a.length(), b, b.length());
    }

    /** {@link #compareCodePoints(String, String)} of the first {@code la} and {@code lb} chars (no copies). */
    static int compareCodePoints(String a, int la, String b, int lb) {
        int n = Math.min(la, lb);
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    // surrogates (UTF-16 for code points above U+FFFF) sort after U+E000..U+FFFF
                    x = fixup(x);
                    y = fixup(y);
                }
                return x - y;
            }
        }
        return la - lb;
    }

    private static char fixup(char c) {
        return c >= 0xE000 ? (char) (c - 0x800) : (char) (c + 0x2000);
    }
}
