package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trigonometric functions over double precision, in radians (sin, cos, tan, cot, asin, acos,
 * atan, atan2) and in degrees (sind ... atan2d). The degree forms follow PostgreSQL's float.c:
 * the argument is reduced to the first quadrant and the result scaled by the value at a special
 * angle, so that sind(30) is exactly 0.5 and tand(45) exactly 1.
 */
final class TrigFunctions {
    private TrigFunctions() {
    }

    private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;
    private static final double SIN_30 = Math.sin(30.0 * RADIANS_PER_DEGREE);
    private static final double ONE_MINUS_COS_60 = 1.0 - Math.cos(60.0 * RADIANS_PER_DEGREE);
    private static final double ASIN_0_5 = Math.asin(0.5);
    private static final double ACOS_0_5 = Math.acos(0.5);
    private static final double ATAN_1_0 = Math.atan(1.0);
    private static final double TAN_45 = sindQ1(45.0) / cosdQ1(45.0);
    private static final double COT_45 = cosdQ1(45.0) / sindQ1(45.0);

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, Scalars.Body body, int arity) {
        PgType f8 = Types.FLOAT8;
        PgType[] args = arity == 1 ? new PgType[] {f8} : new PgType[] {f8, f8};
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, f8, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        add(m, "sin", a -> periodic(Math::sin, (Double) a[0]), 1);
        add(m, "cos", a -> periodic(Math::cos, (Double) a[0]), 1);
        add(m, "tan", a -> periodic(Math::tan, (Double) a[0]), 1);
        add(m, "cot", a -> 1.0 / periodic(Math::tan, (Double) a[0]), 1); // cot(0) is Infinity
        add(m, "asin", a -> Math.asin(unit((Double) a[0])), 1);
        add(m, "acos", a -> Math.acos(unit((Double) a[0])), 1);
        add(m, "atan", a -> Math.atan((Double) a[0]), 1);
        add(m, "atan2", a -> Math.atan2((Double) a[0], (Double) a[1]), 2);
        add(m, "sind", a -> sind((Double) a[0]), 1);
        add(m, "cosd", a -> cosd((Double) a[0]), 1);
        add(m, "tand", a -> tand((Double) a[0], false), 1);
        add(m, "cotd", a -> tand((Double) a[0], true), 1);
        add(m, "asind", a -> asind((Double) a[0]), 1);
        add(m, "acosd", a -> acosd((Double) a[0]), 1);
        add(m, "atand", a -> Double.isNaN((Double) a[0]) ? Double.NaN : Math.atan((Double) a[0]) / ATAN_1_0 * 45.0, 1);
        add(m, "atan2d", a -> Math.atan2((Double) a[0], (Double) a[1]) / ATAN_1_0 * 45.0, 2);
    }

    private static PgException outOfRange() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
    }

    /** sin, cos, tan: an infinite argument has no value (C sets EDOM). */
    private static double periodic(java.util.function.DoubleUnaryOperator f, double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            throw outOfRange();
        }
        return f.applyAsDouble(x);
    }

    private static double unit(double x) {
        if (x < -1.0 || x > 1.0) {
            throw outOfRange();
        }
        return x;
    }

    private static double sind0To30(double x) {
        return Math.sin(x * RADIANS_PER_DEGREE) / SIN_30 / 2.0;
    }

    private static double cosd0To60(double x) {
        double oneMinusCos = 1.0 - Math.cos(x * RADIANS_PER_DEGREE);
        return 1.0 - oneMinusCos / ONE_MINUS_COS_60 / 2.0;
    }

    private static double sindQ1(double x) {
        return x <= 30.0 ? sind0To30(x) : cosd0To60(90.0 - x);
    }

    private static double cosdQ1(double x) {
        return x <= 60.0 ? cosd0To60(x) : sind0To30(90.0 - x);
    }

    private static double degrees(double x) {
        if (Double.isInfinite(x)) {
            throw outOfRange();
        }
        return x % 360.0;
    }

    private static double sind(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double arg = degrees(x);
        double sign = 1.0;
        if (arg < 0.0) { // sind(-x) = -sind(x)
            arg = -arg;
            sign = -sign;
        }
        if (arg > 180.0) { // sind(360-x) = -sind(x)
            arg = 360.0 - arg;
            sign = -sign;
        }
        if (arg > 90.0) { // sind(180-x) = sind(x)
            arg = 180.0 - arg;
        }
        return sign * sindQ1(arg);
    }

    private static double cosd(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double arg = degrees(x);
        double sign = 1.0;
        if (arg < 0.0) { // cosd(-x) = cosd(x)
            arg = -arg;
        }
        if (arg > 180.0) { // cosd(360-x) = cosd(x)
            arg = 360.0 - arg;
        }
        if (arg > 90.0) { // cosd(180-x) = -cosd(x)
            arg = 180.0 - arg;
            sign = -sign;
        }
        return sign * cosdQ1(arg);
    }

    /** tand, or cotd when {@code cot}. */
    private static double tand(double x, boolean cot) {
        if (Double.isNaN(x)) {
            return x;
        }
        double arg = degrees(x);
        double sign = 1.0;
        if (arg < 0.0) { // tand(-x) = -tand(x)
            arg = -arg;
            sign = -sign;
        }
        if (arg > 180.0) { // tand(360-x) = -tand(x)
            arg = 360.0 - arg;
            sign = -sign;
        }
        if (arg > 90.0) { // tand(180-x) = -tand(x)
            arg = 180.0 - arg;
            sign = -sign;
        }
        double result = cot ? sign * (cosdQ1(arg) / sindQ1(arg) / COT_45)
                : sign * (sindQ1(arg) / cosdQ1(arg) / TAN_45);
        return result == 0.0 ? 0.0 : result; // no -0
    }

    private static double asindQ1(double x) {
        return x <= 0.5 ? Math.asin(x) / ASIN_0_5 * 30.0 : 90.0 - Math.acos(x) / ACOS_0_5 * 60.0;
    }

    private static double acosdQ1(double x) {
        return x <= 0.5 ? 90.0 - Math.asin(x) / ASIN_0_5 * 30.0 : Math.acos(x) / ACOS_0_5 * 60.0;
    }

    private static double asind(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        unit(x);
        return x >= 0.0 ? asindQ1(x) : -asindQ1(-x);
    }

    private static double acosd(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        unit(x);
        return x >= 0.0 ? acosdQ1(x) : 90.0 + asindQ1(-x);
    }
}
