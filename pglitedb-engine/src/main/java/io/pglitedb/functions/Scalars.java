package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.BpcharType;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Float8Type;
import io.pglitedb.types.NumericType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TextType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The built-in scalar functions: pg_proc entries of PostgreSQL 15 for our types, each with its
 * implementation. Argument values arrive already coerced to the declared types.
 */
final class Scalars {
    private Scalars() {
    }

    @FunctionalInterface
    interface Body {
        Object apply(Object[] args);
    }

    record Signature(String name, PgType[] args, PgType result, boolean strict, Body body) {
    }

    /** A function resolved for its call's argument types, running {@code body}. */
    record Resolved(String name, List<DataType> argumentTypes, DataType resultType, boolean strict, Body body)
            implements ScalarFunction {
        @Override
        public Object apply(Object[] args) {
            return body.apply(args);
        }
    }

    static final Map<String, List<Signature>> BY_NAME = new HashMap<>();

    static final String VERSION =
            "PostgreSQL 15.0 (PGLiteDB 0.1.0) on x86_64-pc-linux-gnu, compiled by javac, 64-bit";

    private static final PgType INT2 = Types.INT2;
    private static final PgType INT4 = Types.INT4;
    private static final PgType INT8 = Types.INT8;
    private static final PgType FLOAT4 = Types.FLOAT4;
    private static final PgType FLOAT8 = Types.FLOAT8;
    private static final PgType NUMERIC = Types.NUMERIC;
    private static final PgType TEXT = Types.TEXT;
    private static final PgType BPCHAR = Types.BPCHAR;

    private static void fn(String name, PgType result, Body body, PgType... args) {
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>()).add(new Signature(name, args, result, true, body));
    }

    private static PgException powerError(String message) {
        return new PgException(state("INVALID_ARGUMENT_FOR_POWER_FUNCTION"), message);
    }

    private static PgException logError(String message) {
        return new PgException(state("INVALID_ARGUMENT_FOR_LOG"), message);
    }

    private static SqlState state(String name) {
        for (SqlState s : SqlState.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return SqlState.INVALID_PARAMETER_VALUE;
    }

    private static double checkFloat(double result, boolean inputInfinite, boolean inputZero) {
        if (Double.isInfinite(result) && !inputInfinite) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        if (result == 0.0 && !inputZero) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
        }
        return result;
    }

    static {
        // ---- math
        fn("abs", INT2, a -> {
            short v = (Short) a[0];
            if (v == Short.MIN_VALUE) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "smallint out of range");
            }
            return (short) Math.abs(v);
        }, INT2);
        fn("abs", INT4, a -> {
            int v = (Integer) a[0];
            if (v == Integer.MIN_VALUE) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
            }
            return Math.abs(v);
        }, INT4);
        fn("abs", INT8, a -> {
            long v = (Long) a[0];
            if (v == Long.MIN_VALUE) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
            }
            return Math.abs(v);
        }, INT8);
        fn("abs", FLOAT4, a -> Math.abs((Float) a[0]), FLOAT4);
        fn("abs", FLOAT8, a -> Math.abs((Double) a[0]), FLOAT8);
        fn("abs", NUMERIC, a -> NumericType.abs(a[0]), NUMERIC);

        fn("round", NUMERIC, a -> NumericType.round(a[0], 0), NUMERIC);
        fn("round", NUMERIC, a -> NumericType.round(a[0], (Integer) a[1]), NUMERIC, INT4);
        fn("round", FLOAT8, a -> Math.rint((Double) a[0]), FLOAT8);
        fn("trunc", NUMERIC, a -> NumericType.trunc(a[0], 0), NUMERIC);
        fn("trunc", NUMERIC, a -> NumericType.trunc(a[0], (Integer) a[1]), NUMERIC, INT4);
        fn("trunc", FLOAT8, a -> {
            double v = (Double) a[0];
            return v >= 0 ? Math.floor(v) : Math.ceil(v);
        }, FLOAT8);
        for (String name : new String[] {"ceil", "ceiling"}) {
            fn(name, NUMERIC, a -> NumericType.ceil(a[0]), NUMERIC);
            fn(name, FLOAT8, a -> Math.ceil((Double) a[0]), FLOAT8);
        }
        fn("floor", NUMERIC, a -> NumericType.floor(a[0]), NUMERIC);
        fn("floor", FLOAT8, a -> Math.floor((Double) a[0]), FLOAT8);
        fn("sign", NUMERIC, a -> NumericType.sign(a[0]), NUMERIC);
        fn("sign", FLOAT8, a -> Math.signum((Double) a[0]), FLOAT8);

        fn("mod", INT2, a -> {
            short d = (Short) a[1];
            if (d == 0) {
                throw divisionByZero();
            }
            return d == -1 ? (short) 0 : (short) ((Short) a[0] % d);
        }, INT2, INT2);
        fn("mod", INT4, a -> {
            int d = (Integer) a[1];
            if (d == 0) {
                throw divisionByZero();
            }
            return d == -1 ? 0 : (Integer) a[0] % d;
        }, INT4, INT4);
        fn("mod", INT8, a -> {
            long d = (Long) a[1];
            if (d == 0) {
                throw divisionByZero();
            }
            return d == -1 ? 0L : (Long) a[0] % d;
        }, INT8, INT8);
        fn("mod", NUMERIC, a -> NumericType.modulo(a[0], a[1]), NUMERIC, NUMERIC);
        fn("div", NUMERIC, a -> NumericType.integerDivide(a[0], a[1]), NUMERIC, NUMERIC);

        for (String name : new String[] {"power", "pow"}) {
            fn(name, FLOAT8, a -> Float8Type.power((Double) a[0], (Double) a[1]), FLOAT8, FLOAT8);
            fn(name, NUMERIC, a -> NumericType.power(a[0], a[1]), NUMERIC, NUMERIC);
        }
        fn("sqrt", FLOAT8, a -> {
            double v = (Double) a[0];
            if (v < 0) {
                throw powerError("cannot take square root of a negative number");
            }
            return Math.sqrt(v);
        }, FLOAT8);
        fn("sqrt", NUMERIC, a -> NumericType.sqrt(a[0]), NUMERIC);
        fn("cbrt", FLOAT8, a -> Math.cbrt((Double) a[0]), FLOAT8);
        fn("exp", FLOAT8, a -> {
            double v = (Double) a[0];
            return Double.isNaN(v) ? v : checkFloat(Math.exp(v), Double.isInfinite(v), Double.isInfinite(v));
        }, FLOAT8);
        fn("exp", NUMERIC, a -> NumericType.exp(a[0]), NUMERIC);
        fn("ln", FLOAT8, a -> Math.log(checkLog((Double) a[0])), FLOAT8);
        fn("ln", NUMERIC, a -> NumericType.ln(a[0]), NUMERIC);
        fn("log", FLOAT8, a -> Math.log10(checkLog((Double) a[0])), FLOAT8);
        fn("log10", FLOAT8, a -> Math.log10(checkLog((Double) a[0])), FLOAT8);
        fn("log", NUMERIC, a -> NumericType.log(BigDecimal.TEN, a[0]), NUMERIC);
        fn("log10", NUMERIC, a -> NumericType.log(BigDecimal.TEN, a[0]), NUMERIC);
        fn("log", NUMERIC, a -> NumericType.log(a[0], a[1]), NUMERIC, NUMERIC);
        fn("pi", FLOAT8, a -> Math.PI);
        fn("degrees", FLOAT8, a -> Math.toDegrees((Double) a[0]), FLOAT8);
        fn("radians", FLOAT8, a -> Math.toRadians((Double) a[0]), FLOAT8);
        fn("random", FLOAT8, a -> ThreadLocalRandom.current().nextDouble());
        fn("scale", INT4, a -> a[0] instanceof BigDecimal d ? (Object) d.scale() : null, NUMERIC);
        // the scale without trailing fractional zeros (NaN and the infinities have none)
        fn("min_scale", INT4, a -> a[0] instanceof BigDecimal d
                ? (Object) Math.max(0, d.signum() == 0 ? 0 : d.stripTrailingZeros().scale()) : null, NUMERIC);
        fn("trim_scale", NUMERIC, a -> a[0] instanceof BigDecimal d
                ? (Object) (d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros().scale() < 0
                        ? d.stripTrailingZeros().setScale(0) : d.stripTrailingZeros()) : a[0], NUMERIC);

        // ---- strings
        fn("lower", TEXT, a -> ((String) a[0]).toLowerCase(Locale.ROOT), TEXT);
        fn("upper", TEXT, a -> ((String) a[0]).toUpperCase(Locale.ROOT), TEXT);
        fn("initcap", TEXT, a -> initcap((String) a[0]), TEXT);
        for (String name : new String[] {"length", "char_length", "character_length"}) {
            fn(name, INT4, a -> TextType.characterLength((String) a[0]), TEXT);
            fn(name, INT4, a -> TextType.characterLength(BpcharType.stripTrailingSpaces((String) a[0])), BPCHAR);
        }
        fn("octet_length", INT4, a -> utf8Length((String) a[0]), TEXT);
        fn("octet_length", INT4, a -> utf8Length((String) a[0]), BPCHAR);
        for (String name : new String[] {"substr", "substring"}) {
            fn(name, TEXT, a -> substring((String) a[0], (Integer) a[1], Integer.MAX_VALUE, false), TEXT, INT4);
            fn(name, TEXT, a -> substring((String) a[0], (Integer) a[1], (Integer) a[2], true), TEXT, INT4, INT4);
        }
        fn("replace", TEXT, a -> {
            String from = (String) a[1];
            return from.isEmpty() ? a[0] : ((String) a[0]).replace(from, (String) a[2]);
        }, TEXT, TEXT, TEXT);
        fn("translate", TEXT, a -> translate((String) a[0], (String) a[1], (String) a[2]), TEXT, TEXT, TEXT);
        fn("left", TEXT, a -> left((String) a[0], (Integer) a[1]), TEXT, INT4);
        fn("right", TEXT, a -> right((String) a[0], (Integer) a[1]), TEXT, INT4);
        fn("btrim", TEXT, a -> trim((String) a[0], " ", true, true), TEXT);
        fn("btrim", TEXT, a -> trim((String) a[0], (String) a[1], true, true), TEXT, TEXT);
        fn("ltrim", TEXT, a -> trim((String) a[0], " ", true, false), TEXT);
        fn("ltrim", TEXT, a -> trim((String) a[0], (String) a[1], true, false), TEXT, TEXT);
        fn("rtrim", TEXT, a -> trim((String) a[0], " ", false, true), TEXT);
        fn("rtrim", TEXT, a -> trim((String) a[0], (String) a[1], false, true), TEXT, TEXT);
        fn("repeat", TEXT, a -> {
            int n = (Integer) a[1];
            return n <= 0 ? "" : ((String) a[0]).repeat(n);
        }, TEXT, INT4);
        fn("reverse", TEXT, a -> new StringBuilder((String) a[0]).reverse().toString(), TEXT);
        fn("lpad", TEXT, a -> pad((String) a[0], (Integer) a[1], " ", true), TEXT, INT4);
        fn("lpad", TEXT, a -> pad((String) a[0], (Integer) a[1], (String) a[2], true), TEXT, INT4, TEXT);
        fn("rpad", TEXT, a -> pad((String) a[0], (Integer) a[1], " ", false), TEXT, INT4);
        fn("rpad", TEXT, a -> pad((String) a[0], (Integer) a[1], (String) a[2], false), TEXT, INT4, TEXT);
        fn("strpos", INT4, a -> strpos((String) a[0], (String) a[1]), TEXT, TEXT);
        fn("split_part", TEXT, a -> splitPart((String) a[0], (String) a[1], (Integer) a[2]), TEXT, TEXT, INT4);
        fn("starts_with", Types.BOOL, a -> ((String) a[0]).startsWith((String) a[1]), TEXT, TEXT);
        fn("md5", TEXT, a -> md5((String) a[0]), TEXT);
        fn("chr", TEXT, a -> chr((Integer) a[0]), INT4);
        fn("ascii", INT4, a -> {
            String s = (String) a[0];
            return s.isEmpty() ? 0 : s.codePointAt(0);
        }, TEXT);
        fn("to_hex", TEXT, a -> Integer.toHexString((Integer) a[0]), INT4);
        fn("to_hex", TEXT, a -> Long.toHexString((Long) a[0]), INT8);
        fn("version", TEXT, a -> VERSION);
        // databases and clients are UTF8 only (pg_encoding_to_char knows SQL_ASCII 0 and UTF8 6)
        fn("getdatabaseencoding", Types.NAME, a -> "UTF8");
        fn("pg_client_encoding", Types.NAME, a -> "UTF8");
        fn("pg_char_to_encoding", INT4, a -> switch (((String) a[0]).toUpperCase(java.util.Locale.ROOT)
                .replace("-", "").replace("_", "")) {
            case "SQLASCII" -> 0;
            case "UTF8", "UNICODE" -> 6;
            default -> -1;
        }, Types.NAME);

        DateTimeFunctions.register(BY_NAME);
        BinaryFunctions.register(BY_NAME);
        IntervalFunctions.register(BY_NAME);
        TimeZoneFunctions.register(BY_NAME);
        FormattingFunctions.register(BY_NAME);
        DateTimeConstructors.register(BY_NAME);
        DateTruncFunctions.register(BY_NAME);
        BitFunctions.register(BY_NAME);
        MathFunctions.register(BY_NAME);
        TrigFunctions.register(BY_NAME);
        JsonFunctions.register(BY_NAME);
        TextFunctions.register(BY_NAME);
        TimestampFields.register(BY_NAME);
        GeometricFunctions.register(BY_NAME);
        TransitionFunctions.register(BY_NAME);
    }

    static PgException divisionByZero() {
        return new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }

    private static double checkLog(double v) {
        if (v == 0.0) {
            throw logError("cannot take logarithm of zero");
        }
        if (v < 0) {
            throw logError("cannot take logarithm of a negative number");
        }
        return v;
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** text_substring: characters start .. start+length-1, 1-based, clipped to the string. */
    static String substring(String s, int start, int length, boolean lengthGiven) {
        if (lengthGiven && length < 0) {
            throw new PgException(state("SUBSTRING_ERROR"), "negative substring length not allowed");
        }
        long end = lengthGiven ? (long) start + length : Long.MAX_VALUE; // exclusive, 1-based
        long from = Math.max(start, 1);
        int chars = TextType.characterLength(s);
        if (end <= from || from > chars) {
            return "";
        }
        long to = Math.min(end - 1, chars);
        int b = s.offsetByCodePoints(0, (int) from - 1);
        int e = s.offsetByCodePoints(b, (int) (to - from + 1));
        return s.substring(b, e);
    }

    static String left(String s, int n) {
        int chars = TextType.characterLength(s);
        int keep = n >= 0 ? Math.min(n, chars) : Math.max(chars + n, 0);
        return s.substring(0, s.offsetByCodePoints(0, keep));
    }

    static String right(String s, int n) {
        int chars = TextType.characterLength(s);
        int keep = n >= 0 ? Math.min(n, chars) : Math.max(chars + n, 0);
        return s.substring(s.offsetByCodePoints(0, chars - keep));
    }

    static String trim(String s, String chars, boolean leading, boolean trailing) {
        int b = 0;
        int e = s.length();
        if (leading) {
            while (b < e && chars.indexOf(s.codePointAt(b)) >= 0) {
                b += Character.charCount(s.codePointAt(b));
            }
        }
        if (trailing) {
            while (e > b && chars.indexOf(s.codePointBefore(e)) >= 0) {
                e -= Character.charCount(s.codePointBefore(e));
            }
        }
        return s.substring(b, e);
    }

    static String pad(String s, int length, String fill, boolean left) {
        if (length <= 0) {
            return "";
        }
        int chars = TextType.characterLength(s);
        if (chars >= length) {
            return s.substring(0, s.offsetByCodePoints(0, length));
        }
        if (fill.isEmpty()) {
            return s;
        }
        int[] f = fill.codePoints().toArray();
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < length - chars; i++) {
            padding.appendCodePoint(f[i % f.length]);
        }
        return left ? padding + s : s + padding;
    }

    static int strpos(String s, String sub) {
        int i = s.indexOf(sub);
        return i < 0 ? 0 : s.codePointCount(0, i) + 1;
    }

    static String splitPart(String s, String delimiter, int field) {
        if (field == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        if (delimiter.isEmpty()) {
            return (field == 1 || field == -1) ? s : "";
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = s.indexOf(delimiter, from);
            if (i < 0) {
                parts.add(s.substring(from));
                break;
            }
            parts.add(s.substring(from, i));
            from = i + delimiter.length();
        }
        int index = field > 0 ? field - 1 : parts.size() + field;
        return index >= 0 && index < parts.size() ? parts.get(index) : "";
    }

    static String translate(String s, String from, String to) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            int i = -1;
            for (int k = 0; k < f.length; k++) {
                if (f[k] == c) {
                    i = k;
                    break;
                }
            }
            if (i < 0) {
                out.appendCodePoint(c);
            } else if (i < t.length) {
                out.appendCodePoint(t[i]);
            }
        });
        return out.toString();
    }

    static String initcap(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean wasAlnum = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            out.appendCodePoint(wasAlnum ? Character.toLowerCase(c) : Character.toUpperCase(c));
            wasAlnum = Character.isLetterOrDigit(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    static String md5(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(32);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw PgException.internal(e);
        }
    }

    static String chr(int code) {
        if (code == 0) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
        }
        if (code < 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character too large for encoding: %d",
                    code);
        }
        return new String(Character.toChars(code));
    }
}
