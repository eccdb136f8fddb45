package io.pglitedb.types;

import io.pglitedb.error.PgException;

/**
 * bigint (int8, OID 20): Java {@link Long}. Also home of the integer text parser shared by
 * smallint and integer (PostgreSQL's pg_strtoint*: optional surrounding whitespace, an optional
 * sign, decimal digits) and of the 64-bit arithmetic used by all integer operators.
 */
public final class Int8Type extends PgType {
    Int8Type() {
        super(20, "int8", 8, TypeCategory.NUMERIC);
    }

    @Override
    public String toText(Object value, int typmod) {
        return Long.toString((Long) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return parseInteger(text, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int64((Long) value);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 8);
        return PgTypeSupport.readInt64(bytes, 0);
    }

    @Override
    public int compare(Object a, Object b) {
        return Long.compare((Long) a, (Long) b);
    }

    public static PgException outOfRange() {
        return PgTypeSupport.outOfRange("bigint out of range");
    }

    /**
     * Parses a decimal integer as pg_strtoint16/32/64 do.
     *
     * @param typeName "smallint", "integer" or "bigint", for the error messages
     */
    static long parseInteger(String s, long min, long max, String typeName) {
        int i = 0;
        int n = s.length();
        while (i < n && PgTypeSupport.isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long acc = 0; // accumulated as a negative number so that Long.MIN_VALUE fits
        while (i < n) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            int d = c - '0';
            if (acc < -922337203685477580L || (acc == -922337203685477580L && d > 8)) {
                throw outOfRangeInput(s, typeName);
            }
            acc = acc * 10 - d;
            i++;
        }
        if (i == digitsStart) {
            throw PgTypeSupport.invalidSyntax(typeName, s);
        }
        while (i < n && PgTypeSupport.isSpace(s.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw PgTypeSupport.invalidSyntax(typeName, s);
        }
        if (!negative) {
            if (acc == Long.MIN_VALUE) {
                throw outOfRangeInput(s, typeName);
            }
            acc = -acc;
        }
        if (acc < min || acc > max) {
            throw outOfRangeInput(s, typeName);
        }
        return acc;
    }

    private static PgException outOfRangeInput(String s, String typeName) {
        return PgTypeSupport.outOfRange("value \"" + s + "\" is out of range for type " + typeName);
    }

    // ---- arithmetic on 64-bit results (int8 op int8, int8 op int4, ...) ----

    public static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw outOfRange();
        }
        return r;
    }

    static long subtract(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw outOfRange();
        }
        return r;
    }

    static long multiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            throw outOfRange();
        }
        return lo;
    }

    static long divide(long a, long b) {
        if (b == 0) {
            throw PgTypeSupport.divisionByZero();
        }
        if (b == -1) {
            if (a == Long.MIN_VALUE) {
                throw outOfRange();
            }
            return -a;
        }
        return a / b;
    }

    static long modulo(long a, long b) {
        if (b == 0) {
            throw PgTypeSupport.divisionByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    static long negate(long a) {
        if (a == Long.MIN_VALUE) {
            throw outOfRange();
        }
        return -a;
    }
}
