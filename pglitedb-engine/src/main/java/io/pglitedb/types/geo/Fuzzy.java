package io.pglitedb.types.geo;

import io.pglitedb.types.Float8Type;

/**
 * geo_decls.h's fuzzy float comparisons (EPSILON = 1.0E-06), float.h's NaN-aware float8_lt &amp; co,
 * and float.c's checked arithmetic, under short names so the geometry reads like geo_ops.c.
 */
final class Fuzzy {
    private Fuzzy() {
    }

    static final double EPSILON = 1.0E-06;

    static boolean zero(double a) {
        return Math.abs(a) <= EPSILON;
    }

    static boolean eq(double a, double b) {
        return a == b || Math.abs(a - b) <= EPSILON;
    }

    static boolean lt(double a, double b) {
        return b - a > EPSILON;
    }

    static boolean le(double a, double b) {
        return a - b <= EPSILON;
    }

    static boolean gt(double a, double b) {
        return a - b > EPSILON;
    }

    static boolean ge(double a, double b) {
        return b - a <= EPSILON;
    }

    /** float8_lt: NaN sorts above every other value. */
    static boolean float8Lt(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a < b);
    }

    /** float8_gt: NaN sorts above every other value. */
    static boolean float8Gt(double a, double b) {
        return !Double.isNaN(b) && (Double.isNaN(a) || a > b);
    }

    /** float8_eq: NaN equals NaN. */
    static boolean float8Eq(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : a == b;
    }

    static double min(double a, double b) {
        return float8Lt(a, b) ? a : b;
    }

    static double max(double a, double b) {
        return float8Gt(a, b) ? a : b;
    }

    static double plus(double a, double b) {
        return Float8Type.add(a, b);
    }

    static double minus(double a, double b) {
        return Float8Type.subtract(a, b);
    }

    static double times(double a, double b) {
        return Float8Type.multiply(a, b);
    }

    static double divide(double a, double b) {
        return Float8Type.divide(a, b);
    }

    /** pg_hypot: sqrt(x*x + y*y) without needless overflow, infinity before NaN. */
    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        if (x < y) {
            double t = x;
            x = y;
            y = t;
        }
        if (y == 0.0) {
            return x;
        }
        double yx = y / x;
        double result = x * Math.sqrt(1.0 + (yx * yx));
        if (Double.isInfinite(result)) {
            throw Float8Type.overflow();
        }
        if (result == 0.0) {
            throw Float8Type.underflow();
        }
        return result;
    }
}
