package io.pglitedb.types;

import io.pglitedb.error.PgException;
import java.util.regex.Pattern;

/**
 * double precision (float8, OID 701): Java {@link Double}.
 *
 * <p>Text output is PostgreSQL 12+'s default (extra_float_digits = 1): the shortest decimal that
 * reads back as the same double, in fixed notation when the decimal exponent is in [-4, 15) and
 * as {@code 1.5e-07} / {@code 1e+20} otherwise. JDK 19+'s {@link Double#toString} yields the same
 * shortest digits as PostgreSQL's Ryu; only the layout is redone here.
 *
 * <p>Ordering is PostgreSQL's: NaN equals NaN and sorts above everything, -0 equals 0.
 * Arithmetic raises 22003 {@code value out of range: overflow/underflow} as float.c does.
 */
public final class Float8Type extends PgType {
    /** What strtod accepts, minus hex and the Java suffixes Double.parseDouble would allow. */
    static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    Float8Type() {
        super(701, "float8", 8, TypeCategory.NUMERIC);
    }

    @Override
    public String toText(Object value, int typmod) {
        return format((Double) value, false);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return parse(text, "double precision");
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int64(Double.doubleToRawLongBits((Double) value));
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 8);
        return Double.longBitsToDouble(PgTypeSupport.readInt64(bytes, 0));
    }

    @Override
    public int compare(Object a, Object b) {
        return compareDoubles((Double) a, (Double) b);
    }

    /** float8_cmp_internal: NaN = NaN, NaN &gt; anything else, -0 = 0. */
    public static int compareDoubles(double a, double b) {
        if (Double.isNaN(a)) {
            return Double.isNaN(b) ? 0 : 1;
        }
        if (Double.isNaN(b)) {
            return -1;
        }
        return a < b ? -1 : (a > b ? 1 : 0);
    }

    /** Parses float8in / float4in input: numbers, NaN, [+-]Infinity, [+-]inf, whitespace around. */
    static double parse(String text, String typeName) {
        String s = text.strip();
        double v;
        if (DECIMAL.matcher(s).matches()) {
            v = Double.parseDouble(s);
            if (Double.isInfinite(v) || (v == 0.0 && hasNonZeroDigit(s))) {
                throw PgTypeSupport.outOfRange("\"" + text + "\" is out of range for type " + typeName);
            }
            return v;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "infinity", "+infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                throw PgTypeSupport.invalidSyntax(typeName, text);
        }
    }

    public static boolean hasNonZeroDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** extra_float_digits of the session running on this thread (published before each statement). */
    private static final ThreadLocal<int[]> EXTRA_FLOAT_DIGITS = ThreadLocal.withInitial(() -> new int[] {1});

    /**
     * Publishes the extra_float_digits setting for this thread: above 0 float4/float8 print their
     * shortest exact form, otherwise {@code %.Ng} with N = FLT_DIG or DBL_DIG plus the setting.
     */
    public static void setExtraFloatDigits(int digits) {
        EXTRA_FLOAT_DIGITS.get()[0] = digits;
    }

    /** extra_float_digits as published for this thread. */
    static int extraFloatDigits() {
        return EXTRA_FLOAT_DIGITS.get()[0];
    }

    /**
     * C's {@code printf("%.*g", precision, v)} for a finite value: rounded half-even on the exact
     * binary value, trailing zeros dropped, exponent form below 1e-4 or from 1e{precision}.
     */
    static String formatPrecision(double v, int precision) {
        if (v == 0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0" : "0";
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(v)
                .round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) {
            sb.append('-');
        }
        if (exponent < -4 || exponent >= precision) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        } else if (exponent >= 0) {
            if (digits.length() <= exponent + 1) {
                sb.append(digits).append("0".repeat(exponent + 1 - digits.length()));
            } else {
                sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            sb.append("0.").append("0".repeat(-exponent - 1)).append(digits);
        }
        return sb.toString();
    }

    /** Shortest-exact output in PostgreSQL's layout; float4 switches to exponent notation at 1e6. */
    public static String format(double v, boolean float4) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        int extra = EXTRA_FLOAT_DIGITS.get()[0];
        if (extra <= 0) {
            return formatPrecision(v, Math.max(1, (float4 ? 6 : 15) + extra));
        }
        if (v == 0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0" : "0";
        }
        String shortest = float4 ? Float.toString((float) v) : Double.toString(v);
        StringBuilder digits = new StringBuilder(20);
        boolean negative = false;
        int pointPos = -1; // digits before the decimal point in Java's mantissa
        int exponent = 0;
        for (int i = 0; i < shortest.length(); i++) {
            char c = shortest.charAt(i);
            if (c == '-') {
                negative = true;
            } else if (c == '.') {
                pointPos = digits.length();
            } else if (c == 'E') {
                exponent = Integer.parseInt(shortest.substring(i + 1));
                break;
            } else {
                digits.append(c);
            }
        }
        if (pointPos < 0) {
            pointPos = digits.length();
        }
        pointPos += exponent;
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
            pointPos--;
        }
        int end = digits.length();
        while (end > start + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        String d = digits.substring(start, end);
        if (d.length() == 2) {
            // Java prints at least two digits (4.9E-324) where one may suffice (5e-324 for subnormals)
            java.math.BigDecimal one = new java.math.BigDecimal(v).abs()
                    .round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            boolean same = float4 ? one.floatValue() == (float) Math.abs(v) : one.doubleValue() == Math.abs(v);
            if (same) {
                d = one.unscaledValue().toString();
                pointPos = one.precision() - one.scale();
                if (d.length() > 1) { // 10 after rounding 9.x up
                    d = d.substring(0, 1);
                }
            }
        }
        if (d.length() <= 17) {
            // PostgreSQL's Ryu never prints a decimal that lies exactly on the boundary of the
            // double's rounding interval (6.13e21 prints as 6.129999999999999e+21); Java may.
            long digitValue = Long.parseLong(d);
            int k = pointPos - d.length(); // the decimal is digitValue * 10^k
            int ulpExponent = float4
                    ? Math.max(Math.getExponent((float) v), -126) - 23
                    : Math.max(Math.getExponent(v), -1022) - 52;
            if (Long.numberOfTrailingZeros(digitValue) + k == ulpExponent - 1) {
                java.math.BigDecimal inside = strictlyInsideInterval(Math.abs(v), float4,
                        new java.math.BigDecimal(java.math.BigInteger.valueOf(digitValue), -k));
                if (inside != null) {
                    d = inside.unscaledValue().toString();
                    pointPos = inside.precision() - inside.scale();
                }
            }
        }
        int exp = pointPos - 1; // decimal exponent of the first digit
        StringBuilder out = new StringBuilder(26);
        if (negative) {
            out.append('-');
        }
        if (exp < -4 || exp >= (float4 ? 6 : 15)) {
            out.append(d.charAt(0));
            if (d.length() > 1) {
                out.append('.').append(d, 1, d.length());
            }
            out.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (exp >= 0) {
            if (d.length() <= exp + 1) {
                out.append(d);
                for (int i = d.length(); i <= exp; i++) {
                    out.append('0');
                }
            } else {
                out.append(d, 0, exp + 1).append('.').append(d, exp + 1, d.length());
            }
        } else {
            out.append("0.");
            for (int i = -1; i > exp; i--) {
                out.append('0');
            }
            out.append(d);
        }
        return out.toString();
    }

    /**
     * When {@code decimal} is exactly a rounding boundary of {@code v}, the shortest decimal strictly
     * inside the interval (closest to v); otherwise null.
     */
    private static java.math.BigDecimal strictlyInsideInterval(double v, boolean float4, java.math.BigDecimal decimal) {
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal below = new java.math.BigDecimal(float4 ? Math.nextDown((float) v) : Math.nextDown(v));
        java.math.BigDecimal above = new java.math.BigDecimal(float4 ? Math.nextUp((float) v) : Math.nextUp(v));
        java.math.BigDecimal two = java.math.BigDecimal.valueOf(2);
        java.math.BigDecimal low = exact.add(below).divide(two);
        java.math.BigDecimal high = exact.add(above).divide(two);
        if (decimal.compareTo(low) != 0 && decimal.compareTo(high) != 0) {
            return null;
        }
        for (int n = decimal.precision(); n <= (float4 ? 9 : 17); n++) {
            java.math.BigDecimal c = exact.round(new java.math.MathContext(n, java.math.RoundingMode.HALF_EVEN));
            if (c.compareTo(low) > 0 && c.compareTo(high) < 0) {
                c = c.stripTrailingZeros();
                return c;
            }
        }
        return null;
    }

    // ---- arithmetic with float.c's overflow and underflow checks ----

    public static PgException overflow() {
        return PgTypeSupport.outOfRange("value out of range: overflow");
    }

    public static PgException underflow() {
        return PgTypeSupport.outOfRange("value out of range: underflow");
    }

    public static double add(double a, double b) {
        double r = a + b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw overflow();
        }
        return r;
    }

    public static double subtract(double a, double b) {
        double r = a - b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw overflow();
        }
        return r;
    }

    public static double multiply(double a, double b) {
        double r = a * b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw overflow();
        }
        if (r == 0.0 && a != 0.0 && b != 0.0) {
            throw underflow();
        }
        return r;
    }

    public static double divide(double a, double b) {
        if (b == 0.0 && !Double.isNaN(a)) {
            throw PgTypeSupport.divisionByZero();
        }
        double r = a / b;
        if (Double.isInfinite(r) && !Double.isInfinite(a)) {
            throw overflow();
        }
        if (r == 0.0 && a != 0.0 && !Double.isInfinite(b)) {
            throw underflow();
        }
        return r;
    }

    /** dpow: float8 ^ float8 with PostgreSQL's special cases and 2201F errors. */
    public static double power(double a, double b) {
        if (Double.isNaN(a)) {
            return (Double.isNaN(b) || b != 0.0) ? Double.NaN : 1.0;
        }
        if (Double.isNaN(b)) {
            return a != 1.0 ? Double.NaN : 1.0;
        }
        if (a == 0.0 && b < 0.0) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        if (a < 0.0 && Math.floor(b) != b) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (Double.isInfinite(b)) {
            double absa = Math.abs(a);
            if (absa == 1.0) {
                return 1.0;
            }
            if (absa > 1.0) {
                return b > 0 ? Double.POSITIVE_INFINITY : 0.0;
            }
            return b > 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a)) {
            throw overflow();
        }
        if (r == 0.0 && a != 0.0 && !Double.isInfinite(a)) {
            throw underflow();
        }
        return r;
    }

    /** float8 to int2/int4/int8 rounding: rint (half to even), 22003 when out of range or NaN. */
    static long toLong(double v, long min, long max, PgException outOfRange) {
        double r = Math.rint(v);
        if (Double.isNaN(r) || r < (double) min || r >= -(double) min || r > max) {
            throw outOfRange;
        }
        return (long) r;
    }
}
