package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.Int4Type;
import io.pglitedb.types.Int8Type;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hyperbolic functions, gcd/lcm over integers, float4send/float8send. */
final class MathFunctions {
    private MathFunctions() {
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType f8 = Types.FLOAT8;
        add(m, "sinh", f8, a -> Math.sinh((Double) a[0]), f8);
        add(m, "cosh", f8, a -> cosh((Double) a[0]), f8);
        add(m, "tanh", f8, a -> Math.tanh((Double) a[0]), f8);
        add(m, "asinh", f8, a -> asinh((Double) a[0]), f8);
        add(m, "acosh", f8, a -> acosh((Double) a[0]), f8);
        add(m, "atanh", f8, a -> atanh((Double) a[0]), f8);
        add(m, "gcd", Types.INT4, a -> (int) gcd((Integer) a[0], (Integer) a[1], true), Types.INT4, Types.INT4);
        add(m, "gcd", Types.INT8, a -> gcd((Long) a[0], (Long) a[1], false), Types.INT8, Types.INT8);
        add(m, "lcm", Types.INT4, a -> (int) lcm((Integer) a[0], (Integer) a[1], true), Types.INT4, Types.INT4);
        add(m, "lcm", Types.INT8, a -> lcm((Long) a[0], (Long) a[1], false), Types.INT8, Types.INT8);
        add(m, "float4send", Types.BYTEA, a -> ByteBuffer.allocate(4).putFloat((Float) a[0]).array(), Types.FLOAT4);
        add(m, "float8send", Types.BYTEA, a -> ByteBuffer.allocate(8).putDouble((Double) a[0]).array(), f8);
    }

    private static PgException outOfRange(boolean int4) {
        return int4 ? Int4Type.outOfRange() : Int8Type.outOfRange();
    }

    /** int4gcd / int8gcd: non-negative; gcd(MIN, 0) and gcd(MIN, MIN) do not fit. */
    private static long gcd(long a, long b, boolean int4) {
        long min = int4 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        if ((a == min && (b == 0 || b == min)) || (b == min && a == 0)) {
            throw outOfRange(int4);
        }
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return Math.abs(x);
    }

    private static long lcm(long a, long b, boolean int4) {
        if (a == 0 || b == 0) {
            return 0;
        }
        long g = gcd(a, b, int4);
        long q = a / g;
        long r;
        try {
            r = Math.abs(Math.multiplyExact(q, b));
        } catch (ArithmeticException e) {
            throw outOfRange(int4);
        }
        if (r < 0 || (int4 && r > Integer.MAX_VALUE)) {
            throw outOfRange(int4);
        }
        return r;
    }

    /** (e^x + e^-x) / 2 in the range where it rounds as glibc's cosh does; Math.cosh elsewhere. */
    private static double cosh(double x) {
        return Math.abs(x) < 20 ? (Math.exp(x) + Math.exp(-x)) / 2 : Math.cosh(x);
    }

    private static double asinh(double x) {
        if (Double.isInfinite(x) || Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r = ax > 1e8 ? Math.log(ax) + Math.log(2) : Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)));
        return x < 0 ? -r : r;
    }

    private static double acosh(double x) {
        if (x < 1.0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        if (x > 2) {
            return x > 1e8 ? Math.log(x) + Math.log(2) : Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double x) {
        if (x < -1.0 || x > 1.0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        if (x == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == -1.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double ax = Math.abs(x);
        double r = ax < 0.5 ? 0.5 * Math.log1p(2 * ax + 2 * ax * ax / (1 - ax)) : 0.5 * Math.log1p(2 * ax / (1 - ax));
        return x < 0 ? -r : r;
    }
}
