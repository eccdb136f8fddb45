package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's JSON lexer and recursive-descent parser (src/common/jsonapi.c): the same tokens,
 * the same error for the same input (22P02 "invalid input syntax for type json" with
 * json_errdetail's DETAIL and a CONTEXT line cut as report_json_context cuts it).
 *
 * <p>A parse builds a raw {@link JsonValue} (keys as written); jsonb normalises it. For the json
 * type's functions the parser can also record each value's source text, since json returns
 * sub-values exactly as they were written.
 */
public final class JsonParser {
    private enum Tok { OBJECT_START, OBJECT_END, ARRAY_START, ARRAY_END, COMMA, COLON, STRING, NUMBER, TRUE, FALSE,
        NULL, END }

    private static final ThreadLocal<String> STACK_DEPTH_SETTING = ThreadLocal.withInitial(() -> "2048kB");

    /** max_stack_depth as published for this thread (already normalised by {@link #setStackDepthSetting}). */
    static String stackDepthSetting() {
        return STACK_DEPTH_SETTING.get();
    }

    /**
     * PostgreSQL's "stack depth limit exceeded" (54001) with its hint naming this session's
     * max_stack_depth: for nesting too deep to parse, and for Java stack overflows anywhere.
     */
    public static PgException stackDepthExceeded() {
        return new PgException(PgTypeSupport.state("STATEMENT_TOO_COMPLEX", SqlState.PROGRAM_LIMIT_EXCEEDED),
                "stack depth limit exceeded")
                .withHint("Increase the configuration parameter \"max_stack_depth\" (currently "
                        + STACK_DEPTH_SETTING.get() + "), after ensuring the platform's stack depth limit is adequate.");
    }

    public static void setStackDepthSetting(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("2MB")) {
            v = "2048kB";
        }
        STACK_DEPTH_SETTING.set(v.replace("'", ""));
    }

    /** Nesting deeper than this raises PostgreSQL's stack depth error instead of overflowing. */
    private static final int MAX_DEPTH = 1500;

    private final String in;
    private final boolean unescapeStrict;
    private final Map<JsonValue, String> sources;
    private int pos;
    private int lineNumber = 1;
    private int lineStart;
    private Tok tok;
    private int tokStart;
    private int tokEnd;
    private String strVal;
    private int depth;

    private JsonParser(String in, boolean unescapeStrict, Map<JsonValue, String> sources) {
        this.in = in;
        this.unescapeStrict = unescapeStrict;
        this.sources = sources;
    }

    /** Parses jsonb input: the normalised value. */
    public static JsonValue parseJsonb(String text) {
        return JsonValue.normalize(new JsonParser(text, true, null).parse());
    }

    /** Validates json input (json_in): an escaped NUL is accepted, as json text keeps it. */
    public static void validateJson(String text) {
        new JsonParser(text, false, null).parse();
    }

    /** A json text's tree with the source text of each array element and object value. */
    public record Parsed(JsonValue root, Map<JsonValue, String> sources) {
        /** The text of a value as written (json's -> and json_each return it unchanged). */
        public String source(JsonValue v) {
            String s = sources.get(v);
            if (s != null) {
                return s;
            }
            return JsonValue.toText(v);
        }
    }

    public static Parsed parseJson(String text) {
        Map<JsonValue, String> sources = new IdentityHashMap<>();
        JsonValue root = new JsonParser(text, true, sources).parse();
        return new Parsed(root, sources);
    }

    private JsonValue parse() {
        lex();
        JsonValue v = parseValue();
        if (tok != Tok.END) {
            throw error("Expected end of input, but found \"" + token() + "\".");
        }
        return v;
    }

    // ---------------------------------------------------------------- parser

    private JsonValue parseValue() {
        int start = tokStart;
        JsonValue v;
        switch (tok) {
            case OBJECT_START -> v = parseObject();
            case ARRAY_START -> v = parseArray();
            case STRING -> {
                v = new JsonValue.Str(strVal);
                lex();
            }
            case NUMBER -> {
                v = new JsonValue.Num(number(in.substring(tokStart, tokEnd)));
                lex();
            }
            case TRUE -> {
                v = JsonValue.Bool.TRUE;
                lex();
            }
            case FALSE -> {
                v = JsonValue.Bool.FALSE;
                lex();
            }
            case NULL -> {
                v = JsonValue.Null.INSTANCE;
                lex();
            }
            default -> throw parseError("Expected JSON value, but found \"" + token() + "\".");
        }
        if (sources != null && (v instanceof JsonValue.Str || v instanceof JsonValue.Num || v instanceof JsonValue.Arr
                || v instanceof JsonValue.Obj)) {
            sources.put(v, in.substring(start, lastEnd));
        }
        return v;
    }

    private static BigDecimal number(String text) {
        Object n = NumericType.parse(text);
        return (BigDecimal) n;
    }

    private JsonValue parseObject() {
        enter();
        lex();
        List<String> keys = new ArrayList<>();
        List<JsonValue> values = new ArrayList<>();
        switch (tok) {
            case STRING -> {
                field(keys, values);
                while (tok == Tok.COMMA) {
                    lex();
                    field(keys, values);
                }
            }
            case OBJECT_END -> {
            }
            default -> throw parseError("Expected string or \"}\", but found \"" + token() + "\".");
        }
        if (tok != Tok.OBJECT_END) {
            throw parseError("Expected \",\" or \"}\", but found \"" + token() + "\".");
        }
        lex();
        depth--;
        return new JsonValue.Obj(keys, values);
    }

    private void field(List<String> keys, List<JsonValue> values) {
        if (tok != Tok.STRING) {
            throw parseError("Expected string, but found \"" + token() + "\".");
        }
        String key = strVal;
        lex();
        if (tok != Tok.COLON) {
            throw parseError("Expected \":\", but found \"" + token() + "\".");
        }
        lex();
        keys.add(key);
        values.add(parseValue());
    }

    private JsonValue parseArray() {
        enter();
        lex();
        List<JsonValue> elements = new ArrayList<>();
        if (tok != Tok.ARRAY_END) {
            elements.add(parseValue());
            while (tok == Tok.COMMA) {
                lex();
                elements.add(parseValue());
            }
        }
        if (tok != Tok.ARRAY_END) {
            throw parseError("Expected \",\" or \"]\", but found \"" + token() + "\".");
        }
        lex();
        depth--;
        return new JsonValue.Arr(elements);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw stackDepthExceeded();
        }
    }

    private PgException parseError(String detail) {
        if (tok == Tok.END) {
            return error("The input string ended unexpectedly.");
        }
        return error(detail);
    }

    // ---------------------------------------------------------------- lexer

    /** End of the token before the current one: where the last parsed value's text ends. */
    private int lastEnd;

    private void lex() {
        lastEnd = tokEnd;
        int n = in.length();
        while (pos < n) {
            char c = in.charAt(pos);
            if (c == '\n') {
                lineNumber++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
            pos++;
        }
        tokStart = pos;
        if (pos >= n) {
            tok = Tok.END;
            tokEnd = pos;
            return;
        }
        char c = in.charAt(pos);
        switch (c) {
            case '{' -> single(Tok.OBJECT_START);
            case '}' -> single(Tok.OBJECT_END);
            case '[' -> single(Tok.ARRAY_START);
            case ']' -> single(Tok.ARRAY_END);
            case ',' -> single(Tok.COMMA);
            case ':' -> single(Tok.COLON);
            case '"' -> lexString();
            case '-' -> lexNumber(pos + 1);
            default -> {
                if (c >= '0' && c <= '9') {
                    lexNumber(pos);
                    return;
                }
                int p = pos;
                while (p < n && isAlnum(in.charAt(p))) {
                    p++;
                }
                if (p == pos) {
                    p = pos + Character.charCount(in.codePointAt(pos));
                }
                tokEnd = p;
                pos = p;
                String word = in.substring(tokStart, p);
                switch (word) {
                    case "true" -> tok = Tok.TRUE;
                    case "false" -> tok = Tok.FALSE;
                    case "null" -> tok = Tok.NULL;
                    default -> throw invalidToken();
                }
            }
        }
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80;
    }

    private void single(Tok t) {
        tok = t;
        pos++;
        tokEnd = pos;
    }

    private PgException invalidToken() {
        return error("Token \"" + token() + "\" is invalid.");
    }

    private void lexNumber(int s) {
        int n = in.length();
        boolean error = false;
        if (s < n && in.charAt(s) == '0') {
            s++;
        } else if (s < n && in.charAt(s) >= '1' && in.charAt(s) <= '9') {
            while (s < n && Character.isDigit(in.charAt(s)) && in.charAt(s) < 0x80) {
                s++;
            }
        } else {
            error = true;
        }
        if (s < n && in.charAt(s) == '.') {
            s++;
            if (s == n || !isDigit(in.charAt(s))) {
                error = true;
            } else {
                while (s < n && isDigit(in.charAt(s))) {
                    s++;
                }
            }
        }
        if (s < n && (in.charAt(s) == 'e' || in.charAt(s) == 'E')) {
            s++;
            if (s < n && (in.charAt(s) == '+' || in.charAt(s) == '-')) {
                s++;
            }
            if (s == n || !isDigit(in.charAt(s))) {
                error = true;
            } else {
                while (s < n && isDigit(in.charAt(s))) {
                    s++;
                }
            }
        }
        while (s < n && isAlnum(in.charAt(s))) {
            s++;
            error = true;
        }
        tokEnd = s;
        pos = s;
        if (error) {
            throw invalidToken();
        }
        tok = Tok.NUMBER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void lexString() {
        int n = in.length();
        int s = pos + 1;
        StringBuilder sb = new StringBuilder();
        int hiSurrogate = -1;
        while (true) {
            if (s >= n) {
                tokEnd = s;
                throw invalidToken();
            }
            char c = in.charAt(s);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                tokEnd = s;
                throw error(String.format("Character with value 0x%02x must be escaped.", (int) c));
            }
            if (c == '\\') {
                s++;
                if (s >= n) {
                    tokEnd = s;
                    throw invalidToken();
                }
                char e = in.charAt(s);
                if (e == 'u') {
                    int ch = 0;
                    for (int i = 1; i <= 4; i++) {
                        s++;
                        if (s >= n) {
                            tokEnd = s;
                            throw invalidToken();
                        }
                        int d = Character.digit(in.charAt(s), 16);
                        if (d < 0 || in.charAt(s) >= 0x80) {
                            tokEnd = s + Character.charCount(in.codePointAt(s));
                            throw error("\"\\u\" must be followed by four hexadecimal digits.");
                        }
                        ch = ch * 16 + d;
                    }
                    if (!unescapeStrict) {
                        s++;
                        continue; // json_in only validates: surrogates are checked when a value is de-escaped
                    }
                    if (ch >= 0xd800 && ch <= 0xdbff) {
                        if (hiSurrogate != -1) {
                            tokEnd = s + 1;
                            throw error("Unicode high surrogate must not follow a high surrogate.");
                        }
                        hiSurrogate = ch;
                        s++;
                        continue;
                    } else if (ch >= 0xdc00 && ch <= 0xdfff) {
                        if (hiSurrogate == -1) {
                            tokEnd = s + 1;
                            throw error("Unicode low surrogate must follow a high surrogate.");
                        }
                        sb.append((char) hiSurrogate).append((char) ch);
                        hiSurrogate = -1;
                        s++;
                        continue;
                    }
                    if (hiSurrogate != -1) {
                        tokEnd = s + 1;
                        throw error("Unicode low surrogate must follow a high surrogate.");
                    }
                    if (ch == 0 && unescapeStrict) {
                        tokEnd = s + 1;
                        throw new PgException(PgTypeSupport.state("UNTRANSLATABLE_CHARACTER",
                                SqlState.INVALID_TEXT_REPRESENTATION), "unsupported Unicode escape sequence")
                                .withDetail("\\u0000 cannot be converted to text.").withContext(context());
                    }
                    sb.append((char) ch);
                    s++;
                    continue;
                }
                if (hiSurrogate != -1) {
                    tokEnd = s + 1;
                    throw error("Unicode low surrogate must follow a high surrogate.");
                }
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    default -> {
                        tokStart = s;
                        tokEnd = s + Character.charCount(in.codePointAt(s));
                        throw error("Escape sequence \"\\" + token() + "\" is invalid.");
                    }
                }
                s++;
                continue;
            }
            if (hiSurrogate != -1) {
                tokEnd = s;
                throw error("Unicode low surrogate must follow a high surrogate.");
            }
            sb.append(c);
            s++;
        }
        if (hiSurrogate != -1) {
            tokEnd = s;
            throw error("Unicode low surrogate must follow a high surrogate.");
        }
        tok = Tok.STRING;
        strVal = sb.toString();
        pos = s + 1;
        tokEnd = pos;
    }

    // ---------------------------------------------------------------- errors

    private String token() {
        return in.substring(tokStart, Math.min(tokEnd, in.length()));
    }

    private PgException error(String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s", "json")
                .withDetail(detail).withContext(context());
    }

    /** report_json_context: the current line up to the token's end, cut to about 50 characters. */
    private String context() {
        int contextEnd = Math.min(tokEnd, in.length());
        int contextStart = lineStart;
        while (contextEnd - contextStart >= 50) {
            contextStart++;
        }
        if (contextStart - lineStart <= 3) {
            contextStart = lineStart;
        }
        String prefix = contextStart > lineStart ? "..." : "";
        boolean atEnd = tok == Tok.END && contextEnd >= in.length();
        String suffix = !atEnd && contextEnd < in.length() && in.charAt(contextEnd) != '\n'
                && in.charAt(contextEnd) != '\r' ? "..." : "";
        return "JSON data, line " + lineNumber + ": " + prefix + in.substring(contextStart, contextEnd) + suffix;
    }
}
