package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.parser.Keyword;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Regex;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * More string functions: the regexp family (regexp_replace, regexp_count, regexp_like,
 * regexp_instr, regexp_substr, substring(text, pattern)), quote_ident/quote_literal/
 * quote_nullable, unistr, and format(text, VARIADIC "any") with %s %I %L, positions and widths.
 */
final class TextFunctions {
    private TextFunctions() {
    }

    private static final PgType TEXT = Types.TEXT;
    private static final PgType INT4 = Types.INT4;

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType texts = io.pglitedb.types.ArrayTypes.TEXT;
        add(m, "regexp_match", texts, a -> array(Regex.match(s(a[0]), s(a[1]), "")), TEXT, TEXT);
        add(m, "regexp_match", texts, a -> array(Regex.match(s(a[0]), s(a[1]), s(a[2]))), TEXT, TEXT, TEXT);
        add(m, "regexp_split_to_array", texts,
                a -> array(Regex.split(s(a[0]), s(a[1]), "", "regexp_split_to_array")), TEXT, TEXT);
        add(m, "regexp_split_to_array", texts,
                a -> array(Regex.split(s(a[0]), s(a[1]), s(a[2]), "regexp_split_to_array")), TEXT, TEXT, TEXT);
        add(m, "regexp_replace", TEXT, a -> Regex.replace(s(a[0]), s(a[1]), s(a[2]), ""), TEXT, TEXT, TEXT);
        add(m, "regexp_replace", TEXT, a -> Regex.replace(s(a[0]), s(a[1]), s(a[2]), flagsNotStart(s(a[3]))),
                TEXT, TEXT, TEXT, TEXT);
        // SUBSTRING(x FROM pattern FOR escape): the SQL regular expression form (SQL:1999)
        add(m, "substring", TEXT, a -> Regex.substring(s(a[0]), Regex.similarToPosix(s(a[1]), s(a[2]))),
                TEXT, TEXT, TEXT);
        add(m, "regexp_replace", TEXT, a -> Regex.replace(s(a[0]), s(a[1]), s(a[2]), i(a[3]), 1, ""),
                TEXT, TEXT, TEXT, INT4);
        add(m, "regexp_replace", TEXT, a -> Regex.replace(s(a[0]), s(a[1]), s(a[2]), i(a[3]), i(a[4]), ""),
                TEXT, TEXT, TEXT, INT4, INT4);
        add(m, "regexp_replace", TEXT, a -> Regex.replace(s(a[0]), s(a[1]), s(a[2]), i(a[3]), i(a[4]), s(a[5])),
                TEXT, TEXT, TEXT, INT4, INT4, TEXT);
        add(m, "regexp_count", INT4, a -> Regex.count(s(a[0]), s(a[1]), 1, ""), TEXT, TEXT);
        add(m, "regexp_count", INT4, a -> Regex.count(s(a[0]), s(a[1]), i(a[2]), ""), TEXT, TEXT, INT4);
        add(m, "regexp_count", INT4, a -> Regex.count(s(a[0]), s(a[1]), i(a[2]), s(a[3])), TEXT, TEXT, INT4, TEXT);
        add(m, "regexp_like", Types.BOOL, a -> Regex.like(s(a[0]), s(a[1]), ""), TEXT, TEXT);
        add(m, "regexp_like", Types.BOOL, a -> Regex.like(s(a[0]), s(a[1]), s(a[2])), TEXT, TEXT, TEXT);
        add(m, "regexp_instr", INT4, a -> Regex.instr(s(a[0]), s(a[1]), 1, 1, 0, "", 0), TEXT, TEXT);
        add(m, "regexp_instr", INT4, a -> Regex.instr(s(a[0]), s(a[1]), i(a[2]), 1, 0, "", 0), TEXT, TEXT, INT4);
        add(m, "regexp_instr", INT4, a -> Regex.instr(s(a[0]), s(a[1]), i(a[2]), i(a[3]), 0, "", 0),
                TEXT, TEXT, INT4, INT4);
        add(m, "regexp_instr", INT4, a -> Regex.instr(s(a[0]), s(a[1]), i(a[2]), i(a[3]), i(a[4]), "", 0),
                TEXT, TEXT, INT4, INT4, INT4);
        add(m, "regexp_instr", INT4, a -> Regex.instr(s(a[0]), s(a[1]), i(a[2]), i(a[3]), i(a[4]), s(a[5]), 0),
                TEXT, TEXT, INT4, INT4, INT4, TEXT);
        add(m, "regexp_instr", INT4, a -> Regex.instr(s(a[0]), s(a[1]), i(a[2]), i(a[3]), i(a[4]), s(a[5]), i(a[6])),
                TEXT, TEXT, INT4, INT4, INT4, TEXT, INT4);
        add(m, "regexp_substr", TEXT, a -> Regex.substr(s(a[0]), s(a[1]), 1, 1, "", 0), TEXT, TEXT);
        add(m, "regexp_substr", TEXT, a -> Regex.substr(s(a[0]), s(a[1]), i(a[2]), 1, "", 0), TEXT, TEXT, INT4);
        add(m, "regexp_substr", TEXT, a -> Regex.substr(s(a[0]), s(a[1]), i(a[2]), i(a[3]), "", 0),
                TEXT, TEXT, INT4, INT4);
        add(m, "regexp_substr", TEXT, a -> Regex.substr(s(a[0]), s(a[1]), i(a[2]), i(a[3]), s(a[4]), 0),
                TEXT, TEXT, INT4, INT4, TEXT);
        add(m, "regexp_substr", TEXT, a -> Regex.substr(s(a[0]), s(a[1]), i(a[2]), i(a[3]), s(a[4]), i(a[5])),
                TEXT, TEXT, INT4, INT4, TEXT, INT4);
        for (String name : new String[] {"substring", "textregexsubstr"}) {
            add(m, name, TEXT, a -> Regex.substring(s(a[0]), s(a[1])), TEXT, TEXT);
        }
        add(m, "similar_to_escape", TEXT, a -> Regex.similarToPosix(s(a[0]), null), TEXT);
        add(m, "similar_to_escape", TEXT, a -> Regex.similarToPosix(s(a[0]), s(a[1])), TEXT, TEXT);
        add(m, "similar_escape", TEXT, a -> Regex.similarToPosix(s(a[0]), s(a[1])), TEXT, TEXT);
        add(m, "quote_ident", TEXT, a -> quoteIdent(s(a[0])), TEXT);
        add(m, "quote_literal", TEXT, a -> quoteLiteral(s(a[0])), TEXT);
        add(m, "unistr", TEXT, a -> unistr(s(a[0])), TEXT);
        m.computeIfAbsent("quote_nullable", k -> new ArrayList<>()).add(new Scalars.Signature("quote_nullable",
                new PgType[] {TEXT}, TEXT, false, a -> a[0] == null ? "NULL" : quoteLiteral(s(a[0]))));
    }

    /** A one-dimensional text[] of these strings (null stays null). */
    static io.pglitedb.types.ArrayValue array(List<String> values) {
        return values == null ? null : io.pglitedb.types.ArrayValue.of(values.toArray());
    }

    /**
     * regexp_replace(s, p, r, '1'): an unknown fourth argument resolves to the flags form, so
     * flags that look like a number get PostgreSQL's hint about the start parameter.
     */
    private static String flagsNotStart(String flags) {
        if (!flags.isEmpty() && flags.charAt(0) >= '0' && flags.charAt(0) <= '9') {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_PARAMETER_VALUE,
                    "invalid regular expression option: \"%s\"", flags.substring(0, flags.offsetByCodePoints(0, 1)))
                    .withHint("If you meant to use regexp_replace() with a start parameter, cast the fourth argument "
                            + "to integer explicitly.");
        }
        return flags;
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static int i(Object o) {
        return (Integer) o;
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    /** quote_ident: double quotes unless a plain lower-case identifier that is not a reserved word. */
    static String quoteIdent(String name) {
        boolean safe = !name.isEmpty() && (name.charAt(0) >= 'a' && name.charAt(0) <= 'z' || name.charAt(0) == '_');
        for (int k = 0; safe && k < name.length(); k++) {
            char c = name.charAt(k);
            safe = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        if (safe) {
            Keyword kw = Keyword.lookup(name);
            if (kw != null && kw.category() != Keyword.Category.UNRESERVED) {
                safe = false;
            }
        }
        return safe ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** quote_literal: doubles quotes; a backslash makes it an E'' literal with doubled backslashes. */
    static String quoteLiteral(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        if (s.indexOf('\\') >= 0) {
            sb.append('E');
        }
        sb.append('\'');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\'' || c == '\\') {
                sb.append(c);
            }
            sb.append(c);
        }
        return sb.append('\'').toString();
    }

    /** unistr: backslash escapes XXXX, +XXXXXX, uXXXX, UXXXXXXXX and a doubled backslash. */
    static String unistr(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int k = 0; k < n; ) {
            char c = s.charAt(k);
            if (c != '\\') {
                out.append(c);
                k++;
                continue;
            }
            if (k + 1 < n && s.charAt(k + 1) == '\\') {
                out.append('\\');
                k += 2;
                continue;
            }
            int digits;
            int from;
            if (k + 1 < n && s.charAt(k + 1) == '+') {
                digits = 6;
                from = k + 2;
            } else if (k + 1 < n && s.charAt(k + 1) == 'u') {
                digits = 4;
                from = k + 2;
            } else if (k + 1 < n && s.charAt(k + 1) == 'U') {
                digits = 8;
                from = k + 2;
            } else {
                digits = 4;
                from = k + 1;
            }
            if (from + digits > n || !isHex(s, from, digits)) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid Unicode escape")
                        .withHint("Unicode escapes must be \\XXXX, \\+XXXXXX, \\uXXXX, or \\UXXXXXXXX.");
            }
            long cp = Long.parseLong(s.substring(from, from + digits), 16);
            if (cp > 0x10FFFF) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid Unicode code point: %s",
                        s.substring(from, from + digits).toUpperCase(java.util.Locale.ROOT));
            }
            k = from + digits;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                // a high surrogate must be followed by an escaped low surrogate
                int lowFrom = -1;
                int lowDigits = 4;
                if (k + 1 < n && s.charAt(k) == '\\') {
                    char t = s.charAt(k + 1);
                    lowDigits = t == '+' ? 6 : t == 'U' ? 8 : 4;
                    lowFrom = t == '+' || t == 'u' || t == 'U' ? k + 2 : k + 1;
                }
                long low = lowFrom > 0 && lowFrom + lowDigits <= n && isHex(s, lowFrom, lowDigits)
                        ? Long.parseLong(s.substring(lowFrom, lowFrom + lowDigits), 16) : -1;
                if (low < 0xDC00 || low > 0xDFFF) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid Unicode surrogate pair");
                }
                out.append((char) cp).append((char) low);
                k = lowFrom + lowDigits;
                continue;
            }
            if (cp >= 0xDC00 && cp <= 0xDFFF || cp == 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, cp == 0 ? "invalid Unicode code point: 0"
                        : "invalid Unicode surrogate pair");
            }
            out.appendCodePoint((int) cp);
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int digits) {
        for (int k = from; k < from + digits; k++) {
            if (Character.digit(s.charAt(k), 16) < 0 || s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- format()

    private record Format(List<DataType> argumentTypes) implements ScalarFunction {
        @Override
        public String name() {
            return "format";
        }

        @Override
        public DataType resultType() {
            return DataType.of(TEXT);
        }

        @Override
        public boolean strict() {
            return false;
        }

        @Override
        public Object apply(Object[] args) {
            if (args[0] == null) {
                return null;
            }
            return format((String) args[0], args, argumentTypes);
        }
    }

    static ScalarFunction resolveFormat(List<DataType> argumentTypes) {
        if (argumentTypes.isEmpty()
                || !io.pglitedb.types.Casts.isImplicitlyCoercible(argumentTypes.get(0).type(), TEXT)) {
            throw Functions.doesNotExist("format", argumentTypes);
        }
        List<DataType> types = new ArrayList<>();
        types.add(DataType.of(TEXT));
        for (int k = 1; k < argumentTypes.size(); k++) {
            DataType t = argumentTypes.get(k);
            types.add(t.type() == Types.UNKNOWN ? DataType.of(TEXT) : t);
        }
        return new Format(List.copyOf(types));
    }

    private static PgException formatError(String message) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, message);
    }

    /** text_format: %[n$][-][width|*|*n$](s|I|L), %%. */
    static String format(String fmt, Object[] args, List<DataType> types) {
        StringBuilder out = new StringBuilder();
        int argCount = args.length - 1;
        int next = 1;
        int n = fmt.length();
        for (int k = 0; k < n; k++) {
            char c = fmt.charAt(k);
            if (c != '%') {
                out.append(c);
                continue;
            }
            k++;
            if (k >= n) {
                throw unterminated();
            }
            if (fmt.charAt(k) == '%') {
                out.append('%');
                continue;
            }
            // argument position
            int argPos = -1;
            int p = k;
            int num = 0;
            boolean digits = false;
            while (p < n && Character.isDigit(fmt.charAt(p))) {
                num = checkedAppend(num, fmt.charAt(p));
                p++;
                digits = true;
            }
            if (digits && p < n && fmt.charAt(p) == '$') {
                if (num == 0) {
                    throw formatError("format specifies argument 0, but arguments are numbered from 1");
                }
                argPos = num;
                k = p + 1;
            }
            if (k >= n) {
                throw unterminated();
            }
            boolean left = false;
            while (k < n && fmt.charAt(k) == '-') {
                left = true;
                k++;
            }
            if (k >= n) {
                throw unterminated();
            }
            int width = 0;
            if (fmt.charAt(k) == '*') {
                k++;
                int widthArg;
                int q = k;
                int wn = 0;
                boolean wd = false;
                while (q < n && Character.isDigit(fmt.charAt(q))) {
                    wn = checkedAppend(wn, fmt.charAt(q));
                    q++;
                    wd = true;
                }
                if (wd && q < n && fmt.charAt(q) == '$') {
                    if (wn == 0) {
                        throw formatError("format specifies argument 0, but arguments are numbered from 1");
                    }
                    widthArg = wn;
                    k = q + 1;
                } else {
                    widthArg = next++;
                }
                if (widthArg > argCount) {
                    throw formatError("too few arguments for format()");
                }
                Object w = args[widthArg];
                if (w != null) {
                    int wv = widthValue(w, types.get(widthArg));
                    if (wv < 0) {
                        left = true;
                        width = wv == Integer.MIN_VALUE ? Integer.MAX_VALUE : -wv;
                    } else {
                        width = wv;
                    }
                }
                if (k >= n) {
                    throw unterminated();
                }
            } else {
                while (k < n && Character.isDigit(fmt.charAt(k))) {
                    width = checkedAppend(width, fmt.charAt(k));
                    k++;
                }
                if (k >= n) {
                    throw unterminated();
                }
            }
            char type = fmt.charAt(k);
            int index = argPos > 0 ? argPos : next++;
            if (argPos > 0) {
                next = argPos + 1;
            }
            if (type != 's' && type != 'I' && type != 'L') {
                throw formatError("unrecognized format() type specifier \"" + type + "\"")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            if (index > argCount) {
                throw formatError("too few arguments for format()");
            }
            Object v = args[index];
            DataType t = types.get(index);
            String text;
            if (v == null) {
                if (type == 'I') {
                    throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                            "null values cannot be formatted as an SQL identifier");
                }
                text = type == 'L' ? "NULL" : "";
            } else {
                String value = t.type().toText(v, t.typmod());
                text = type == 's' ? value : type == 'I' ? quoteIdent(value) : quoteLiteral(value);
            }
            int len = text.codePointCount(0, text.length());
            if (width > len) {
                String pad = " ".repeat(width - len);
                text = left ? text + pad : pad + text;
            }
            out.append(text);
        }
        return out.toString();
    }

    private static int widthValue(Object w, DataType type) {
        if (w instanceof Integer x) {
            return x;
        }
        if (w instanceof Short x) {
            return x;
        }
        if (w instanceof Long x) {
            if (x > Integer.MAX_VALUE || x < Integer.MIN_VALUE) {
                throw formatError("number is out of range");
            }
            return (int) (long) x;
        }
        try {
            return Integer.parseInt(type.type().toText(w, type.typmod()).strip());
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type integer: \"%s\"",
                    type.type().toText(w, type.typmod()));
        }
    }

    private static int checkedAppend(int value, char digit) {
        long v = value * 10L + (digit - '0');
        if (v > Integer.MAX_VALUE) {
            throw formatError("number is out of range");
        }
        return (int) v;
    }

    private static PgException unterminated() {
        return formatError("unterminated format() type specifier")
                .withHint("For a single \"%\" use \"%%\".");
    }
}
