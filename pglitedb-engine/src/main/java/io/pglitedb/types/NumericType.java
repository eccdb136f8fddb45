package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * numeric / decimal (OID 1700): a {@link BigDecimal} whose scale (always &gt;= 0) is PostgreSQL's
 * display scale, or one of {@link NumericValue#NAN}, {@link NumericValue#POSITIVE_INFINITY},
 * {@link NumericValue#NEGATIVE_INFINITY}.
 *
 * <p>Everything numeric.c decides is here: input/output text, the base-10000 binary format,
 * ordering (NaN above +Infinity above every number), the typmod (precision, scale) with its
 * rounding and overflow error, and the result scales of + - * / % ^ sqrt round trunc
 * ({@link #selectDivScale} is select_div_scale: 7.0/2 = 3.5000000000000000).
 */
public final class NumericType extends PgType {
    static final int MIN_SIG_DIGITS = 16;
    static final int MAX_DISPLAY_SCALE = 1000;
    static final int NUMERIC_POS = 0x0000;
    static final int NUMERIC_NEG = 0x4000;
    static final int NUMERIC_NAN = 0xC000;
    static final int NUMERIC_PINF = 0xD000;
    static final int NUMERIC_NINF = 0xF000;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);
    private static final BigInteger BIG_TEN_THOUSAND = BigInteger.valueOf(10000);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    NumericType() {
        super(1700, "numeric", -1, TypeCategory.NUMERIC);
    }

    // ---------------------------------------------------------------- text I/O

    @Override
    public String toText(Object value, int typmod) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    @Override
    public Object fromText(String text, int typmod) {
        return applyTypmod(parse(text), typmod);
    }

    /** numeric_in without the typmod: numbers, NaN, [+-]Infinity, [+-]inf, surrounding spaces. */
    public static Object parse(String text) {
        String s = text.strip();
        if (NUMBER.matcher(s).matches()) {
            BigDecimal d;
            try {
                d = new BigDecimal(s);
            } catch (NumberFormatException | ArithmeticException e) {
                throw PgTypeSupport.outOfRange("value overflows numeric format");
            }
            return normalizeScale(d);
        }
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return NumericValue.NAN;
            case "infinity", "+infinity", "inf", "+inf":
                return NumericValue.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return NumericValue.NEGATIVE_INFINITY;
            default:
                throw PgTypeSupport.invalidSyntax("numeric", text);
        }
    }

    /** A numeric never has a negative display scale: 1e5 is 100000 with scale 0. */
    static BigDecimal normalizeScale(BigDecimal d) {
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    // ---------------------------------------------------------------- binary I/O

    /**
     * numeric_send: int16 ndigits, int16 weight, int16 sign, int16 dscale, then ndigits base-10000
     * digits (int16 each), most significant first, without leading or trailing zero digits.
     */
    @Override
    public byte[] toBinary(Object value, int typmod) {
        if (!(value instanceof BigDecimal d)) {
            NumericValue v = (NumericValue) value;
            int sign = v.isNaN() ? NUMERIC_NAN : (v.sign() > 0 ? NUMERIC_PINF : NUMERIC_NINF);
            // PostgreSQL 15 sends the infinities with dscale 32 (the header bits it reads them from)
            return header(0, 0, sign, v.isNaN() ? 0 : 32);
        }
        int dscale = d.scale();
        int groupScale = (dscale + 3) / 4 * 4;
        String digits = d.unscaledValue().abs().toString();
        digits += "0".repeat(groupScale - dscale);
        int pad = (4 - digits.length() % 4) % 4;
        digits = "0".repeat(pad) + digits;
        int n = digits.length() / 4;
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = Integer.parseInt(digits, i * 4, i * 4 + 4, 10);
        }
        int weight = n - 1 - groupScale / 4;
        int first = 0;
        while (first < n && groups[first] == 0) {
            first++;
            weight--;
        }
        int last = n;
        while (last > first && groups[last - 1] == 0) {
            last--;
        }
        int ndigits = last - first;
        if (ndigits == 0) {
            return header(0, 0, NUMERIC_POS, dscale);
        }
        byte[] out = new byte[8 + 2 * ndigits];
        System.arraycopy(header(ndigits, weight, d.signum() < 0 ? NUMERIC_NEG : NUMERIC_POS, dscale), 0, out, 0, 8);
        for (int i = 0; i < ndigits; i++) {
            out[8 + 2 * i] = (byte) (groups[first + i] >>> 8);
            out[9 + 2 * i] = (byte) groups[first + i];
        }
        return out;
    }

    private static byte[] header(int ndigits, int weight, int sign, int dscale) {
        return new byte[] {(byte) (ndigits >>> 8), (byte) ndigits, (byte) (weight >>> 8), (byte) weight,
                (byte) (sign >>> 8), (byte) sign, (byte) (dscale >>> 8), (byte) dscale};
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        if (bytes.length < 8) {
            throw PgTypeSupport.badBinary();
        }
        int ndigits = PgTypeSupport.readInt16(bytes, 0) & 0xffff;
        int weight = PgTypeSupport.readInt16(bytes, 2);
        int sign = PgTypeSupport.readInt16(bytes, 4) & 0xffff;
        int dscale = PgTypeSupport.readInt16(bytes, 6) & 0xffff;
        if (bytes.length != 8 + 2 * ndigits) {
            throw PgTypeSupport.badBinary();
        }
        switch (sign) {
            case NUMERIC_NAN:
                return NumericValue.NAN;
            case NUMERIC_PINF:
                return applyTypmod(NumericValue.POSITIVE_INFINITY, typmod);
            case NUMERIC_NINF:
                return applyTypmod(NumericValue.NEGATIVE_INFINITY, typmod);
            case NUMERIC_POS, NUMERIC_NEG:
                break;
            default:
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "invalid sign in external \"numeric\" value");
        }
        if ((dscale & 0x3FFF) != dscale) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                    "invalid scale in external \"numeric\" value");
        }
        BigInteger unscaled = BigInteger.ZERO;
        for (int i = 0; i < ndigits; i++) {
            int digit = PgTypeSupport.readInt16(bytes, 8 + 2 * i);
            if (digit < 0 || digit >= 10000) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "invalid digit in external \"numeric\" value");
            }
            unscaled = unscaled.multiply(BIG_TEN_THOUSAND).add(BigInteger.valueOf(digit));
        }
        if (sign == NUMERIC_NEG) {
            unscaled = unscaled.negate();
        }
        BigDecimal d = new BigDecimal(unscaled, -4 * (weight - ndigits + 1)).setScale(dscale, RoundingMode.DOWN);
        return applyTypmod(d, typmod);
    }

    // ---------------------------------------------------------------- ordering

    @Override
    public int compare(Object a, Object b) {
        return compareValues(a, b);
    }

    /** cmp_numerics: -Infinity &lt; numbers &lt; +Infinity &lt; NaN; 1.0 = 1.00. */
    public static int compareValues(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        return Integer.compare(rank(a), rank(b));
    }

    /**
     * A numeric comparison with a constant right operand: a finite constant compares with finite
     * values by {@link BigDecimal#compareTo} directly; NaN and infinities take {@link #compareValues}.
     */
    static Operator.Bound comparisonWith(Comparison c, Object constant) {
        if (!(constant instanceof BigDecimal k)) {
            return x -> c.holds(compareValues(x, constant));
        }
        return x -> c.holds(x instanceof BigDecimal v ? v.compareTo(k) : compareValues(x, k));
    }

    private static int rank(Object v) {
        if (v instanceof BigDecimal) {
            return 0;
        }
        NumericValue n = (NumericValue) v;
        return n.isNaN() ? 2 : n.sign();
    }

    // ---------------------------------------------------------------- typmod

    public static int typmod(int precision, int scale) {
        return ((precision << 16) | (scale & 0x7ff)) + 4;
    }

    public static int precision(int typmod) {
        return ((typmod - 4) >> 16) & 0xffff;
    }

    /** The scale, sign-extended from 11 bits as PostgreSQL 15 stores it (numeric(3,-2)). */
    public static int scale(int typmod) {
        return (((typmod - 4) & 0x7ff) ^ 1024) - 1024;
    }

    /**
     * apply_typmod: rounds half away from zero to the scale and raises 22003
     * {@code numeric field overflow} when the integral digits do not fit the precision.
     */
    public static Object applyTypmod(Object value, int typmod) {
        if (typmod < 4) {
            return value;
        }
        int precision = precision(typmod);
        int scale = scale(typmod);
        if (!(value instanceof BigDecimal d)) {
            if (((NumericValue) value).isNaN()) {
                return value;
            }
            throw PgTypeSupport.outOfRange("numeric field overflow").withDetail(String.format(
                    "A field with precision %d, scale %d cannot hold an infinite value.", precision, scale));
        }
        BigDecimal r = d.setScale(scale, RoundingMode.HALF_UP);
        int maxDigits = precision - scale;
        if (r.signum() != 0 && r.precision() - r.scale() > maxDigits) {
            throw PgTypeSupport.outOfRange("numeric field overflow").withDetail(String.format(
                    "A field with precision %d, scale %d must round to an absolute value less than %s%d.",
                    precision, scale, maxDigits != 0 ? "10^" : "", maxDigits != 0 ? maxDigits : 1));
        }
        return scale < 0 ? r.setScale(0) : r;
    }

    // ---------------------------------------------------------------- arithmetic

    private static boolean isNaN(Object v) {
        return v == NumericValue.NAN;
    }

    private static int infSign(Object v) {
        return v instanceof NumericValue n ? n.sign() : 0;
    }

    private static NumericValue infinity(int sign) {
        return sign > 0 ? NumericValue.POSITIVE_INFINITY : NumericValue.NEGATIVE_INFINITY;
    }

    private static int signum(Object v) {
        return v instanceof BigDecimal d ? d.signum() : ((NumericValue) v).sign();
    }

    public static Object add(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.add(y);
        }
        if (isNaN(a) || isNaN(b)) {
            return NumericValue.NAN;
        }
        int sa = infSign(a);
        int sb = infSign(b);
        if (sa != 0 && sb != 0 && sa != sb) {
            return NumericValue.NAN;
        }
        return infinity(sa != 0 ? sa : sb);
    }

    public static Object subtract(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.subtract(y);
        }
        return add(a, negate(b));
    }

    public static Object negate(Object a) {
        if (a instanceof BigDecimal x) {
            return x.negate();
        }
        return isNaN(a) ? a : infinity(-infSign(a));
    }

    public static Object abs(Object a) {
        if (a instanceof BigDecimal x) {
            return x.abs();
        }
        return isNaN(a) ? a : NumericValue.POSITIVE_INFINITY;
    }

    public static Object multiply(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.multiply(y);
        }
        if (isNaN(a) || isNaN(b)) {
            return NumericValue.NAN;
        }
        int s = signum(a) * signum(b);
        return s == 0 ? NumericValue.NAN : infinity(s);
    }

    public static Object divide(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            if (y.signum() == 0) {
                throw PgTypeSupport.divisionByZero();
            }
            return x.divide(y, selectDivScale(x, y), RoundingMode.HALF_UP);
        }
        if (isNaN(a) || isNaN(b)) {
            return NumericValue.NAN;
        }
        if (infSign(a) != 0) {
            if (infSign(b) != 0) {
                return NumericValue.NAN;
            }
            if (signum(b) == 0) {
                throw PgTypeSupport.divisionByZero();
            }
            return infinity(infSign(a) * signum(b));
        }
        return BigDecimal.ZERO; // finite / infinite
    }

    /** numeric_mod: truncating division; the sign follows the dividend. */
    public static Object modulo(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            if (y.signum() == 0) {
                throw PgTypeSupport.divisionByZero();
            }
            BigDecimal q = x.divide(y, 0, RoundingMode.DOWN);
            return x.subtract(y.multiply(q));
        }
        if (isNaN(a) || isNaN(b)) {
            return NumericValue.NAN;
        }
        if (infSign(a) != 0) {
            if (b instanceof BigDecimal y && y.signum() == 0) {
                throw PgTypeSupport.divisionByZero();
            }
            return NumericValue.NAN;
        }
        return a; // finite % infinite
    }

    /** div(): the truncated integer quotient. */
    public static Object integerDivide(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            if (y.signum() == 0) {
                throw PgTypeSupport.divisionByZero();
            }
            return x.divide(y, 0, RoundingMode.DOWN);
        }
        Object q = divide(a, b);
        return q instanceof BigDecimal d ? d.setScale(0, RoundingMode.DOWN) : q;
    }

    /** select_div_scale: enough digits for 16 significant digits, at least the inputs' scales. */
    public static int selectDivScale(BigDecimal x, BigDecimal y) {
        int weight1 = weight(x);
        int weight2 = weight(y);
        int first1 = firstDigit(x, weight1);
        int first2 = firstDigit(y, weight2);
        int qweight = weight1 - weight2;
        if (first1 <= first2) {
            qweight--;
        }
        int rscale = MIN_SIG_DIGITS - qweight * 4;
        rscale = Math.max(rscale, x.scale());
        rscale = Math.max(rscale, y.scale());
        rscale = Math.max(rscale, 0);
        return Math.min(rscale, MAX_DISPLAY_SCALE);
    }

    /** The weight of the first non-zero base-10000 digit (0 for zero). */
    static int weight(BigDecimal x) {
        if (x.signum() == 0) {
            return 0;
        }
        int exponent = x.precision() - x.scale() - 1; // decimal exponent of the leading digit
        return Math.floorDiv(exponent, 4);
    }

    private static int firstDigit(BigDecimal x, int weight) {
        if (x.signum() == 0) {
            return 0;
        }
        return x.abs().movePointLeft(4 * weight).setScale(0, RoundingMode.DOWN).intValue();
    }

    /** numeric ^ numeric (power_var): scale rules of PostgreSQL 15, 2201F for undefined cases. */
    public static Object power(Object a, Object b) {
        if (isNaN(a) || isNaN(b)) {
            if (isNaN(a) && b instanceof BigDecimal y && y.signum() == 0) {
                return BigDecimal.ONE;
            }
            if (isNaN(b) && a instanceof BigDecimal x && x.compareTo(BigDecimal.ONE) == 0) {
                return BigDecimal.ONE;
            }
            return NumericValue.NAN;
        }
        if (!(a instanceof BigDecimal x) || !(b instanceof BigDecimal y)) {
            return powerInfinite(a, b);
        }
        if (x.signum() == 0 && y.signum() < 0) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        boolean integral = y.signum() == 0 || y.stripTrailingZeros().scale() <= 0;
        if (x.signum() < 0 && !integral) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (integral && y.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            int n = y.intValueExact();
            int rscale = Math.min(Math.max(MIN_SIG_DIGITS, x.scale()), MAX_DISPLAY_SCALE);
            if (n == 0) {
                return BigDecimal.ONE.setScale(rscale);
            }
            if (x.signum() == 0) {
                return BigDecimal.ZERO.setScale(rscale);
            }
            double approxDigits = Math.abs((double) n) * Math.log10(x.abs().doubleValue() == 0 ? 1e-300 : x.abs().doubleValue());
            if (approxDigits > 131072 * 1.01 && n > 0) {
                throw PgTypeSupport.outOfRange("value overflows numeric format");
            }
            if (n > 0 && (long) n * x.precision() < 200_000) {
                return x.pow(n).setScale(rscale, RoundingMode.HALF_UP);
            }
            if (n < 0 && (long) -n * x.precision() < 200_000) {
                BigDecimal p = x.pow(-n);
                return BigDecimal.ONE.divide(p, rscale, RoundingMode.HALF_UP);
            }
            // enormous exponents fall through to exp(y * ln(x))
        }
        if (x.signum() == 0) {
            return BigDecimal.ZERO.setScale(Math.max(MIN_SIG_DIGITS, Math.max(x.scale(), y.scale())));
        }
        // general case: result = exp(y * ln(x))
        double val = y.doubleValue() * lnApprox(x);
        if (Math.abs(val) > 1000 * 3.01) {
            if (val > 0) {
                throw PgTypeSupport.outOfRange("value overflows numeric format");
            }
            return BigDecimal.ZERO.setScale(MAX_DISPLAY_SCALE);
        }
        val *= 0.434294481903252;
        int rscale = MIN_SIG_DIGITS - (int) val;
        rscale = Math.max(rscale, x.scale());
        rscale = Math.max(rscale, y.scale());
        rscale = Math.max(rscale, 0);
        rscale = Math.min(rscale, MAX_DISPLAY_SCALE);
        int sigDigits = Math.max(rscale + (int) val, 0);
        MathContext mc = new MathContext(sigDigits + 20 + Math.abs((int) val), RoundingMode.HALF_EVEN);
        BigDecimal lnx = ln(x, mc);
        BigDecimal r = exp(y.multiply(lnx, mc), mc);
        return r.setScale(rscale, RoundingMode.HALF_UP);
    }

    private static double lnApprox(BigDecimal x) {
        int k = x.precision() - x.scale();
        return Math.log(x.movePointLeft(k).doubleValue()) + k * Math.log(10);
    }

    private static Object powerInfinite(Object a, Object b) {
        // PostgreSQL 15 numeric_power special cases for infinite inputs
        if (infSign(b) != 0) {
            BigDecimal x = a instanceof BigDecimal d ? d : null;
            int cmp = x == null ? 1 : x.abs().compareTo(BigDecimal.ONE);
            if (x != null && x.compareTo(BigDecimal.ONE) == 0) {
                return BigDecimal.ONE;
            }
            if (x != null && x.compareTo(BigDecimal.ONE.negate()) == 0) {
                return BigDecimal.ONE;
            }
            if (x != null && x.signum() == 0 && infSign(b) < 0) {
                throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                        "zero raised to a negative power is undefined");
            }
            if (x == null && infSign(a) < 0 && infSign(b) > 0) {
                return NumericValue.POSITIVE_INFINITY;
            }
            boolean big = cmp > 0;
            return (big == (infSign(b) > 0)) ? NumericValue.POSITIVE_INFINITY : BigDecimal.ZERO;
        }
        BigDecimal y = (BigDecimal) b;
        if (y.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (y.signum() < 0) {
            return BigDecimal.ZERO;
        }
        if (infSign(a) > 0) {
            return NumericValue.POSITIVE_INFINITY;
        }
        boolean integral = y.stripTrailingZeros().scale() <= 0;
        if (!integral) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        boolean odd = y.toBigInteger().testBit(0);
        return odd ? NumericValue.NEGATIVE_INFINITY : NumericValue.POSITIVE_INFINITY;
    }

    /** Natural logarithm of a positive value to the precision of {@code mc}. */
    static BigDecimal ln(BigDecimal x, MathContext mc) {
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        // x = m * 10^k with m in [0.1, 1): ln x = ln m + k ln 10
        int k = x.precision() - x.scale();
        BigDecimal m = x.movePointLeft(k);
        BigDecimal ln10 = lnSeries(BigDecimal.TEN, work);
        BigDecimal lnm = lnSeries(m, work);
        return lnm.add(ln10.multiply(BigDecimal.valueOf(k), work), work).round(mc);
    }

    /** ln via repeated square roots to near 1 and the atanh series. */
    private static BigDecimal lnSeries(BigDecimal x, MathContext mc) {
        int roots = 0;
        BigDecimal lo = new BigDecimal("0.9");
        BigDecimal hi = new BigDecimal("1.1");
        while (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
            x = x.sqrt(mc);
            roots++;
        }
        // ln x = 2 atanh((x-1)/(x+1))
        BigDecimal z = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), mc);
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal term = z;
        BigDecimal sum = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int i = 3; ; i += 2) {
            term = term.multiply(z2, mc);
            BigDecimal t = term.divide(BigDecimal.valueOf(i), mc);
            if (t.abs().compareTo(eps) < 0) {
                break;
            }
            sum = sum.add(t, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2).pow(roots + 1), mc);
    }

    /** e^x to the precision of {@code mc}. */
    static BigDecimal exp(BigDecimal x, MathContext mc) {
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        // reduce: e^x = (e^(x/2^k))^(2^k)
        int k = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.5")) > 0) {
            r = r.divide(BigDecimal.valueOf(2), work);
            k++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
        for (int i = 1; ; i++) {
            term = term.multiply(r, work).divide(BigDecimal.valueOf(i), work);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
            sum = sum.add(term, work);
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, work);
        }
        return sum.round(mc);
    }

    /** numeric_sqrt: scale gives 16 significant digits, at least the input's scale. */
    public static Object sqrt(Object a) {
        if (!(a instanceof BigDecimal x)) {
            if (isNaN(a) || infSign(a) > 0) {
                return a;
            }
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "cannot take square root of a negative number");
        }
        if (x.signum() < 0) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "cannot take square root of a negative number");
        }
        int weight = x.signum() == 0 ? 0 : weight(x);
        int sweight = (weight + 1) * 4 / 2 - 1;
        int rscale = MIN_SIG_DIGITS - sweight;
        rscale = Math.max(rscale, x.scale());
        rscale = Math.max(rscale, 0);
        rscale = Math.min(rscale, MAX_DISPLAY_SCALE);
        if (x.signum() == 0) {
            return BigDecimal.ZERO.setScale(rscale);
        }
        int digits = Math.max(1, x.precision() - x.scale()) / 2 + rscale + 5;
        BigDecimal r = x.sqrt(new MathContext(digits, RoundingMode.DOWN));
        return r.setScale(rscale, RoundingMode.HALF_UP);
    }

    /** round(numeric, int): half away from zero; a negative scale rounds left of the point. */
    public static Object round(Object a, int scale) {
        if (!(a instanceof BigDecimal x)) {
            return a;
        }
        scale = Math.max(-MAX_DISPLAY_SCALE * 2, Math.min(scale, MAX_DISPLAY_SCALE));
        BigDecimal r = x.setScale(scale, RoundingMode.HALF_UP);
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** trunc(numeric, int): towards zero. */
    public static Object trunc(Object a, int scale) {
        if (!(a instanceof BigDecimal x)) {
            return a;
        }
        scale = Math.max(-MAX_DISPLAY_SCALE * 2, Math.min(scale, MAX_DISPLAY_SCALE));
        BigDecimal r = x.setScale(scale, RoundingMode.DOWN);
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    public static Object ceil(Object a) {
        return a instanceof BigDecimal x ? x.setScale(0, RoundingMode.CEILING) : a;
    }

    public static Object floor(Object a) {
        return a instanceof BigDecimal x ? x.setScale(0, RoundingMode.FLOOR) : a;
    }

    // ---------------------------------------------------------------- ln, exp, log

    /** estimate_ln_dweight: roughly the decimal weight of ln(x), as numeric.c estimates it. */
    static int estimateLnDweight(BigDecimal x) {
        if (x.signum() <= 0) {
            return 0;
        }
        if (x.compareTo(new BigDecimal("0.9")) >= 0 && x.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal y = x.subtract(BigDecimal.ONE);
            if (y.signum() == 0) {
                return 0;
            }
            return y.precision() - y.scale() - 1; // decimal exponent of the leading digit
        }
        double ln = lnApprox(x);
        return ln == 0 ? 0 : (int) Math.log10(Math.abs(ln));
    }

    private static void checkLogArgument(Object a) {
        int s = signum(a);
        if (s == 0 && !isNaN(a)) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (s < 0) {
            throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
        }
    }

    /** numeric_ln: 16 significant digits, at least the input's scale. */
    public static Object ln(Object a) {
        checkLogArgument(a);
        if (!(a instanceof BigDecimal x)) {
            return a;
        }
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - estimateLnDweight(x), x.scale()));
        return ln(x, new MathContext(rscale + Math.max(1, x.precision() - x.scale()) + 10)).setScale(rscale,
                RoundingMode.HALF_UP);
    }

    /** log(base, x) = ln(x) / ln(base) with numeric.c's log_var scale. */
    public static Object log(Object base, Object num) {
        if (isNaN(base) || isNaN(num)) {
            return NumericValue.NAN;
        }
        checkLogArgument(base);
        checkLogArgument(num);
        if (!(base instanceof BigDecimal b) || !(num instanceof BigDecimal x)) {
            if (infSign(base) != 0 && infSign(num) != 0) {
                return NumericValue.NAN;
            }
            return infSign(num) != 0 ? num : BigDecimal.ZERO;
        }
        if (b.compareTo(BigDecimal.ONE) == 0) {
            throw PgTypeSupport.divisionByZero();
        }
        int resultDweight = estimateLnDweight(x) - estimateLnDweight(b);
        int rscale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - resultDweight, b.scale()), x.scale()));
        MathContext mc = new MathContext(rscale + 40);
        BigDecimal r = ln(x, mc).divide(ln(b, mc), mc);
        return r.setScale(rscale, RoundingMode.HALF_UP);
    }

    /** numeric_exp: about 16 significant digits, at least the input's scale. */
    public static Object exp(Object a) {
        if (!(a instanceof BigDecimal x)) {
            return isNaN(a) || infSign(a) > 0 ? a : BigDecimal.ZERO;
        }
        double val = x.doubleValue() * 0.434294481903252;
        val = Math.max(-2000, Math.min(2000, val));
        if (val > 131072) {
            throw PgTypeSupport.outOfRange("value overflows numeric format");
        }
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - (int) val, x.scale()));
        int digits = rscale + Math.max(0, (int) val) + 10;
        return exp(x, new MathContext(Math.max(digits, 10))).setScale(rscale, RoundingMode.HALF_UP);
    }

    private static int clampScale(int rscale) {
        return Math.min(Math.max(rscale, 0), MAX_DISPLAY_SCALE);
    }

    /** sign(numeric): -1, 0 or 1 with scale 0. */
    public static Object sign(Object a) {
        if (isNaN(a)) {
            return a;
        }
        return BigDecimal.valueOf(signum(a));
    }

    // ---------------------------------------------------------------- conversions

    public static BigDecimal fromLong(long v) {
        return BigDecimal.valueOf(v);
    }

    /**
     * float8_numeric / float4_numeric: the double printed with 15 (float4: 6) significant digits,
     * as sprintf("%.15g") does, then read as numeric.
     */
    public static Object fromDouble(double v, int significantDigits) {
        if (Double.isNaN(v)) {
            return NumericValue.NAN;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? NumericValue.POSITIVE_INFINITY : NumericValue.NEGATIVE_INFINITY;
        }
        if (v == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(significantDigits, RoundingMode.HALF_EVEN));
        return normalizeScale(d.stripTrailingZeros());
    }

    public static double toDouble(Object v) {
        if (v instanceof BigDecimal d) {
            double r = d.doubleValue();
            if (Double.isInfinite(r)) {
                throw PgTypeSupport.outOfRange("\"" + d.toPlainString() + "\" is out of range for type double precision");
            }
            return r;
        }
        NumericValue n = (NumericValue) v;
        return n.isNaN() ? Double.NaN : (n.sign() > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
    }

    public static float toFloat(Object v) {
        if (v instanceof BigDecimal d) {
            float r = d.floatValue();
            if (Float.isInfinite(r)) {
                throw PgTypeSupport.outOfRange("\"" + d.toPlainString() + "\" is out of range for type real");
            }
            return r;
        }
        return (float) toDouble(v);
    }

    /**
     * numeric to integer: rounds half away from zero; 22003 with {@code outOfRange} beyond the range,
     * 0A000 {@code cannot convert NaN to integer} for the special values.
     */
    public static long toLong(Object v, long min, long max, String typeName, PgException outOfRange) {
        if (!(v instanceof BigDecimal d)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot convert %s to %s",
                    ((NumericValue) v).isNaN() ? "NaN" : "infinity", typeName);
        }
        BigDecimal r = d.setScale(0, RoundingMode.HALF_UP);
        if (r.precision() > 19) {
            throw outOfRange;
        }
        BigInteger i = r.unscaledValue();
        if (i.bitLength() > 63) {
            throw outOfRange;
        }
        long l = i.longValue();
        if (l < min || l > max) {
            throw outOfRange;
        }
        return l;
    }
}
