package io.pglitedb.sql.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15's scanner (src/backend/parser/scan.l) over a char array: identifiers (case-folded
 * to lower case unless quoted, truncated to 63 bytes), keywords, numbers, the string forms
 * ('', E'', U&'', B'', X'', N'', $tag$), parameters, operators with PostgreSQL's multi-character
 * rules, comments ({@code --} and nested {@code /* *}{@code /}). No regular expressions.
 *
 * <p>A lexical error does not throw: it ends the token list with an {@link TokenKind#ERROR} token
 * (value = message, start = position) so that the parser reports it only when it gets there, as
 * PostgreSQL does (its parser pulls tokens one at a time), so an earlier syntax error wins.
 */
final class Lexer {
    static final int NAMEDATALEN = 64;

    private final String sql;
    private final char[] buf;
    private final int n;
    private final ArrayList<Token> tokens;
    private int pos;
    private StringBuilder scratch;

    private Lexer(String sql) {
        this.sql = sql;
        this.buf = sql.toCharArray();
        this.n = buf.length;
        this.tokens = new ArrayList<>(Math.max(8, n / 4));
    }

    /** All tokens of {@code sql}, ending with an EOF token or an ERROR token. */
    static List<Token> tokenize(String sql) {
        Lexer lexer = new Lexer(sql);
        lexer.run();
        return lexer.tokens;
    }

    // ---------------------------------------------------------------- character classes

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentCont(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isDolqCont(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isOpChar(char c) {
        switch (c) {
            case '~': case '!': case '@': case '#': case '^': case '&': case '|': case '`': case '?':
            case '+': case '-': case '*': case '/': case '%': case '<': case '>': case '=':
                return true;
            default:
                return false;
        }
    }

    /** Characters whose presence lets a multi-char operator end in + or - (scan.l). */
    private static boolean allowsTrailingSign(char c) {
        switch (c) {
            case '~': case '!': case '@': case '#': case '^': case '&': case '|': case '`': case '?': case '%':
                return true;
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------- main loop

    private void run() {
        while (true) {
            if (!skipWhitespaceAndComments()) {
                return;
            }
            if (pos >= n) {
                tokens.add(new Token(TokenKind.EOF, null, "", n, n));
                return;
            }
            if (!next()) {
                return;
            }
        }
    }

    /** Skips blanks and comments; false (after adding an ERROR token) on an unterminated comment. */
    private boolean skipWhitespaceAndComments() {
        while (pos < n) {
            char c = buf[pos];
            if (isSpace(c)) {
                pos++;
            } else if (c == '-' && pos + 1 < n && buf[pos + 1] == '-') {
                pos += 2;
                while (pos < n && buf[pos] != '\n' && buf[pos] != '\r') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < n && buf[pos + 1] == '*') {
                int start = pos;
                int depth = 1;
                pos += 2;
                while (depth > 0) {
                    if (pos >= n) {
                        error("unterminated /* comment", start, n);
                        return false;
                    }
                    char d = buf[pos];
                    if (d == '/' && pos + 1 < n && buf[pos + 1] == '*') {
                        depth++;
                        pos += 2;
                    } else if (d == '*' && pos + 1 < n && buf[pos + 1] == '/') {
                        depth--;
                        pos += 2;
                    } else {
                        pos++;
                    }
                }
            } else {
                return true;
            }
        }
        return true;
    }

    /** Scans one token at pos; false if it was an error. */
    private boolean next() {
        int start = pos;
        char c = buf[pos];
        if (isIdentStart(c)) {
            char c1 = pos + 1 < n ? buf[pos + 1] : 0;
            if (c1 == '\'') {
                switch (c) {
                    case 'e': case 'E':
                        return lexString(start, pos + 2, true, TokenKind.STRING);
                    case 'b': case 'B':
                        return lexString(start, pos + 2, false, TokenKind.BIT_STRING);
                    case 'x': case 'X':
                        return lexString(start, pos + 2, false, TokenKind.HEX_STRING);
                    case 'n': case 'N':
                        // N'...' is NCHAR followed by a plain string (scan.l xnstart)
                        pos++;
                        tokens.add(new Token(TokenKind.IDENT, Keyword.NCHAR, "nchar", start, pos));
                        return true;
                    default:
                        break;
                }
            } else if ((c == 'u' || c == 'U') && c1 == '&' && pos + 2 < n
                    && (buf[pos + 2] == '\'' || buf[pos + 2] == '"')) {
                return lexUnicode(start);
            }
            lexIdentifier(start);
            return true;
        }
        if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(buf[pos + 1]))) {
            return lexNumber(start);
        }
        switch (c) {
            case '\'':
                return lexString(start, pos + 1, false, TokenKind.STRING);
            case '"':
                return lexQuotedIdentifier(start);
            case '$':
                return lexDollar(start);
            case ',':
                return simple(TokenKind.COMMA, ",", 1);
            case '(':
                return simple(TokenKind.LPAREN, "(", 1);
            case ')':
                return simple(TokenKind.RPAREN, ")", 1);
            case '[':
                return simple(TokenKind.LBRACKET, "[", 1);
            case ']':
                return simple(TokenKind.RBRACKET, "]", 1);
            case ';':
                return simple(TokenKind.SEMICOLON, ";", 1);
            case ':':
                if (pos + 1 < n && buf[pos + 1] == ':') {
                    return simple(TokenKind.TYPECAST, "::", 2);
                }
                if (pos + 1 < n && buf[pos + 1] == '=') {
                    return simple(TokenKind.COLON_EQUALS, ":=", 2);
                }
                return simple(TokenKind.COLON, ":", 1);
            case '.':
                if (pos + 1 < n && buf[pos + 1] == '.') {
                    return simple(TokenKind.DOT_DOT, "..", 2);
                }
                return simple(TokenKind.DOT, ".", 1);
            default:
                break;
        }
        if (isOpChar(c)) {
            lexOperator(start);
            return true;
        }
        pos++;
        tokens.add(new Token(TokenKind.OTHER, null, String.valueOf(c), start, pos));
        return true;
    }

    private boolean simple(TokenKind kind, String text, int length) {
        tokens.add(new Token(kind, null, text, pos, pos + length));
        pos += length;
        return true;
    }

    private void error(String message, int start, int end) {
        tokens.add(new Token(TokenKind.ERROR, null,
                message + " at or near \"" + sql.substring(start, end) + "\"", start, end));
    }

    // ---------------------------------------------------------------- identifiers and keywords

    private void lexIdentifier(int start) {
        int p = pos + 1;
        boolean upper = buf[pos] >= 'A' && buf[pos] <= 'Z';
        while (p < n && isIdentCont(buf[p])) {
            char d = buf[p];
            if (d >= 'A' && d <= 'Z') {
                upper = true;
            }
            p++;
        }
        pos = p;
        String lower;
        if (upper) {
            char[] chars = new char[p - start];
            for (int i = 0; i < chars.length; i++) {
                char d = buf[start + i];
                chars[i] = d >= 'A' && d <= 'Z' ? (char) (d + ('a' - 'A')) : d;
            }
            lower = new String(chars);
        } else {
            lower = sql.substring(start, p);
        }
        Keyword keyword = Keyword.lookup(lower);
        if (keyword != null) {
            tokens.add(new Token(TokenKind.IDENT, keyword, keyword.text(), start, p));
        } else {
            tokens.add(new Token(TokenKind.IDENT, null, truncateIdentifier(lower), start, p));
        }
    }

    /** PostgreSQL truncates identifiers to NAMEDATALEN-1 bytes (on a character boundary). */
    static String truncateIdentifier(String ident) {
        if (ident.length() < NAMEDATALEN / 3) {
            return ident; // at most 3 UTF-8 bytes per char (4 per surrogate pair = 2 chars)
        }
        int bytes = 0;
        for (int i = 0; i < ident.length(); i++) {
            char c = ident.charAt(i);
            int len;
            if (c < 0x80) {
                len = 1;
            } else if (c < 0x800) {
                len = 2;
            } else if (Character.isHighSurrogate(c)) {
                len = 4;
            } else if (Character.isLowSurrogate(c)) {
                len = 0;
            } else {
                len = 3;
            }
            if (bytes + len > NAMEDATALEN - 1) {
                return ident.substring(0, i);
            }
            bytes += len;
        }
        return ident;
    }

    // ---------------------------------------------------------------- numbers and parameters

    private boolean lexNumber(int start) {
        int p = pos;
        boolean decimal = false;
        while (p < n && isDigit(buf[p])) {
            p++;
        }
        if (p < n && buf[p] == '.' && !(p + 1 < n && buf[p + 1] == '.')) {
            decimal = true;
            p++;
            while (p < n && isDigit(buf[p])) {
                p++;
            }
        }
        if (p < n && (buf[p] == 'e' || buf[p] == 'E')) {
            int q = p + 1;
            boolean sign = q < n && (buf[q] == '+' || buf[q] == '-');
            if (sign) {
                q++;
            }
            if (q < n && isDigit(buf[q])) {
                decimal = true;
                p = q;
                while (p < n && isDigit(buf[p])) {
                    p++;
                }
            } else if (sign) {
                error("trailing junk after numeric literal", start, q);
                return false;
            }
        }
        if (p < n && isIdentStart(buf[p])) {
            while (p < n && isIdentCont(buf[p])) {
                p++;
            }
            error("trailing junk after numeric literal", start, p);
            return false;
        }
        pos = p;
        tokens.add(new Token(decimal ? TokenKind.DECIMAL : TokenKind.INTEGER, null, sql.substring(start, p),
                start, p));
        return true;
    }

    /** $1 (parameter), $tag$...$tag$ (dollar quote), or a lone $. */
    private boolean lexDollar(int start) {
        int p = pos + 1;
        if (p < n && isDigit(buf[p])) {
            while (p < n && isDigit(buf[p])) {
                p++;
            }
            if (p < n && isIdentStart(buf[p])) {
                while (p < n && isIdentCont(buf[p])) {
                    p++;
                }
                error("trailing junk after parameter", start, p);
                return false;
            }
            pos = p;
            tokens.add(new Token(TokenKind.PARAM, null, sql.substring(start + 1, p), start, p));
            return true;
        }
        if (p < n && buf[p] != '$' && isIdentStart(buf[p])) {
            while (p < n && isDolqCont(buf[p])) {
                p++;
            }
        }
        if (p < n && buf[p] == '$') {
            String tag = sql.substring(start, p + 1);
            int close = sql.indexOf(tag, p + 1);
            if (close < 0) {
                error("unterminated dollar-quoted string", start, n);
                return false;
            }
            pos = close + tag.length();
            tokens.add(new Token(TokenKind.STRING, null, sql.substring(p + 1, close), start, pos));
            return true;
        }
        pos = start + 1;
        tokens.add(new Token(TokenKind.OTHER, null, "$", start, pos));
        return true;
    }

    // ---------------------------------------------------------------- operators

    private void lexOperator(int start) {
        int p = pos;
        while (p < n && isOpChar(buf[p])) {
            p++;
        }
        int len = p - start;
        // a comment start inside an operator ends it
        for (int i = start; i + 1 < p; i++) {
            if ((buf[i] == '/' && buf[i + 1] == '*') || (buf[i] == '-' && buf[i + 1] == '-')) {
                len = i - start;
                break;
            }
        }
        if (len > 1 && (buf[start + len - 1] == '+' || buf[start + len - 1] == '-')) {
            int ic = len - 2;
            while (ic >= 0 && !allowsTrailingSign(buf[start + ic])) {
                ic--;
            }
            if (ic < 0) {
                do {
                    len--;
                } while (len > 1 && (buf[start + len - 1] == '+' || buf[start + len - 1] == '-'));
            }
        }
        pos = start + len;
        if (len == 2 && buf[start] == '=' && buf[start + 1] == '>') {
            tokens.add(new Token(TokenKind.EQUALS_GREATER, null, "=>", start, pos));
            return;
        }
        tokens.add(new Token(TokenKind.OPERATOR, null, operatorText(start, len), start, pos));
    }

    /** The common operators as shared constants, so that the parser's equals() is an identity check. */
    private String operatorText(int start, int len) {
        char c = buf[start];
        if (len == 1) {
            switch (c) {
                case '+': return "+";
                case '-': return "-";
                case '*': return "*";
                case '/': return "/";
                case '%': return "%";
                case '^': return "^";
                case '<': return "<";
                case '>': return ">";
                case '=': return "=";
                default: return String.valueOf(c);
            }
        }
        if (len == 2) {
            char d = buf[start + 1];
            if (d == '=') {
                switch (c) {
                    case '<': return "<=";
                    case '>': return ">=";
                    case '!': return "!=";
                    default: break;
                }
            } else if (c == '<' && d == '>') {
                return "<>";
            } else if (c == '|' && d == '|') {
                return "||";
            }
        }
        return sql.substring(start, start + len);
    }

    // ---------------------------------------------------------------- strings

    private StringBuilder scratch() {
        if (scratch == null) {
            scratch = new StringBuilder(64);
        } else {
            scratch.setLength(0);
        }
        return scratch;
    }

    /**
     * '...' (also E'', B'', X''): bodyStart is just after the opening quote. Doubled quotes are one
     * quote; a string followed by whitespace containing a newline and another quote continues.
     */
    private boolean lexString(int start, int bodyStart, boolean escapes, TokenKind kind) {
        StringBuilder sb = null;
        int p = bodyStart;
        int segment = bodyStart;
        ByteCollector bytes = null;
        while (true) {
            if (p >= n) {
                error("unterminated quoted string", start, n);
                return false;
            }
            char c = buf[p];
            if (c == '\'') {
                if (p + 1 < n && buf[p + 1] == '\'') {
                    if (sb == null) {
                        sb = scratch();
                    }
                    flush(sb, bytes);
                    sb.append(buf, segment, p + 1 - segment);
                    p += 2;
                    segment = p;
                    continue;
                }
                int resume = continuation(p + 1);
                if (resume < 0) {
                    String value;
                    if (sb == null) {
                        value = sql.substring(segment, p);
                    } else {
                        flush(sb, bytes);
                        sb.append(buf, segment, p - segment);
                        value = sb.toString();
                    }
                    if (bytes != null && bytes.error != null) {
                        error(bytes.error, start, p + 1);
                        return false;
                    }
                    pos = p + 1;
                    tokens.add(new Token(kind, null, value, start, pos));
                    return true;
                }
                if (sb == null) {
                    sb = scratch();
                }
                flush(sb, bytes);
                sb.append(buf, segment, p - segment);
                p = resume;
                segment = p;
                continue;
            }
            if (c == '\\' && escapes) {
                if (sb == null) {
                    sb = scratch();
                }
                sb.append(buf, segment, p - segment);
                if (p + 1 >= n) {
                    error("unterminated quoted string", start, n);
                    return false;
                }
                char e = buf[p + 1];
                p += 2;
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && p < n && buf[p] >= '0' && buf[p] <= '7'; k++) {
                        v = v * 8 + (buf[p++] - '0');
                    }
                    if (bytes == null) {
                        bytes = new ByteCollector();
                    }
                    bytes.add((byte) v, sb);
                } else if (e == 'x' && p < n && hexValue(buf[p]) >= 0) {
                    int v = hexValue(buf[p++]);
                    if (p < n && hexValue(buf[p]) >= 0) {
                        v = v * 16 + hexValue(buf[p++]);
                    }
                    if (bytes == null) {
                        bytes = new ByteCollector();
                    }
                    bytes.add((byte) v, sb);
                } else if ((e == 'u' || e == 'U') && hasHex(p, e == 'u' ? 4 : 8)) {
                    int digits = e == 'u' ? 4 : 8;
                    long v = 0;
                    for (int k = 0; k < digits; k++) {
                        v = v * 16 + hexValue(buf[p++]);
                    }
                    flush(sb, bytes);
                    if (Character.isHighSurrogate((char) v) && v <= 0xFFFF && p + 5 < n && buf[p] == '\\'
                            && buf[p + 1] == 'u' && hasHex(p + 2, 4)) {
                        int low = 0;
                        for (int k = 0; k < 4; k++) {
                            low = low * 16 + hexValue(buf[p + 2 + k]);
                        }
                        if (Character.isLowSurrogate((char) low)) {
                            sb.append((char) v).append((char) low);
                            p += 6;
                            segment = p;
                            continue;
                        }
                    }
                    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                        error(v == 0 || v > 0x10FFFF ? "invalid Unicode escape value"
                                : "invalid Unicode surrogate pair", p - digits - 2, p);
                        return false;
                    }
                    sb.appendCodePoint((int) v);
                } else {
                    flush(sb, bytes);
                    switch (e) {
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'n': sb.append('\n'); break;
                        case 'r': sb.append('\r'); break;
                        case 't': sb.append('\t'); break;
                        default: sb.append(e); break;
                    }
                }
                segment = p;
                continue;
            }
            if (bytes != null && bytes.pending > 0) {
                if (sb == null) {
                    sb = scratch();
                }
                sb.append(buf, segment, p - segment);
                flush(sb, bytes);
                segment = p;
            }
            p++;
        }
    }

    private static void flush(StringBuilder sb, ByteCollector bytes) {
        if (bytes != null) {
            bytes.flush(sb);
        }
    }

    /** Bytes from octal / hex escapes of an E'' string, decoded as UTF-8 as PostgreSQL would. */
    private static final class ByteCollector {
        byte[] data = new byte[8];
        int pending;
        String error;

        void add(byte b, StringBuilder sb) {
            if (pending == data.length) {
                data = java.util.Arrays.copyOf(data, pending * 2);
            }
            data[pending++] = b;
        }

        void flush(StringBuilder sb) {
            if (pending == 0) {
                return;
            }
            for (int i = 0; i < pending; i++) {
                if (data[i] == 0) {
                    setError("invalid byte sequence for encoding \"UTF8\": 0x00");
                    pending = 0;
                    return;
                }
            }
            String s = new String(data, 0, pending, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') >= 0) {
                setError(String.format("invalid byte sequence for encoding \"UTF8\": 0x%02x", data[0] & 0xFF));
            }
            sb.append(s);
            pending = 0;
        }

        private void setError(String message) {
            if (error == null) {
                error = message;
            }
        }
    }

    private boolean hasHex(int p, int count) {
        if (p + count > n) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (hexValue(buf[p + i]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * After a closing quote at p-1: if whitespace containing a newline (and -- comments) is followed
     * by a quote, returns the index just after that quote (the string continues); else -1.
     */
    private int continuation(int p) {
        boolean newline = false;
        while (p < n) {
            char c = buf[p];
            if (c == '\n' || c == '\r') {
                newline = true;
                p++;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                p++;
            } else if (c == '-' && p + 1 < n && buf[p + 1] == '-') {
                while (p < n && buf[p] != '\n' && buf[p] != '\r') {
                    p++;
                }
            } else if (c == '\'' && newline) {
                return p + 1;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private boolean lexQuotedIdentifier(int start) {
        int p = start + 1;
        StringBuilder sb = null;
        int segment = p;
        while (true) {
            if (p >= n) {
                error("unterminated quoted identifier", start, n);
                return false;
            }
            if (buf[p] == '"') {
                if (p + 1 < n && buf[p + 1] == '"') {
                    if (sb == null) {
                        sb = scratch();
                    }
                    sb.append(buf, segment, p + 1 - segment);
                    p += 2;
                    segment = p;
                    continue;
                }
                String value;
                if (sb == null) {
                    value = sql.substring(segment, p);
                } else {
                    sb.append(buf, segment, p - segment);
                    value = sb.toString();
                }
                if (value.isEmpty()) {
                    error("zero-length delimited identifier", start, p + 1);
                    return false;
                }
                pos = p + 1;
                tokens.add(new Token(TokenKind.QUOTED_IDENT, null, truncateIdentifier(value), start, pos));
                return true;
            }
            p++;
        }
    }

    /** U&'...' and U&"..." with \XXXX and \+XXXXXX escapes, optionally followed by UESCAPE 'c'. */
    private boolean lexUnicode(int start) {
        boolean identifier = buf[start + 2] == '"';
        int before = tokens.size();
        boolean ok = identifier ? lexQuotedIdentifier(start + 2) : lexString(start + 2, start + 3, false,
                TokenKind.STRING);
        if (!ok) {
            Token err = tokens.remove(tokens.size() - 1);
            String message = err.value();
            String prefix = message.substring(0, message.indexOf(" at or near "));
            error(prefix, start, err.end());
            return false;
        }
        Token raw = tokens.remove(before);
        char escape = '\\';
        int end = raw.end();
        // optional UESCAPE 'c'
        int save = pos;
        if (skipWhitespaceAndComments() && pos + 7 <= n && sql.regionMatches(true, pos, "uescape", 0, 7)
                && (pos + 7 == n || !isIdentCont(buf[pos + 7]))) {
            pos += 7;
            if (skipWhitespaceAndComments() && pos + 2 < n && buf[pos] == '\'' && buf[pos + 2] == '\''
                    && !(pos + 3 < n && buf[pos + 3] == '\'')) {
                char c = buf[pos + 1];
                if (isHexDigitOrSign(c) || c == '\'' || c == '"' || isSpace(c)) {
                    error("invalid Unicode escape character", pos, pos + 3);
                    return false;
                }
                escape = c;
                pos += 3;
                end = pos;
            } else {
                error("UESCAPE must be followed by a simple string literal", pos, Math.min(n, pos + 1));
                return false;
            }
        } else {
            pos = save;
        }
        String decoded = decodeUnicode(raw.value(), escape);
        if (decoded == null) {
            error("invalid Unicode escape", start, end);
            return false;
        }
        if (identifier) {
            tokens.add(new Token(TokenKind.QUOTED_IDENT, null, truncateIdentifier(decoded), start, end));
        } else {
            tokens.add(new Token(TokenKind.STRING, null, decoded, start, end));
        }
        return true;
    }

    private static boolean isHexDigitOrSign(char c) {
        return hexValue(c) >= 0 || c == '+';
    }

    private static String decodeUnicode(String raw, char escape) {
        int i = raw.indexOf(escape);
        if (i < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        sb.append(raw, 0, i);
        int len = raw.length();
        while (i < len) {
            char c = raw.charAt(i);
            if (c != escape) {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < len && raw.charAt(i + 1) == escape) {
                sb.append(escape);
                i += 2;
                continue;
            }
            int digits = 4;
            int p = i + 1;
            if (p < len && raw.charAt(p) == '+') {
                digits = 6;
                p++;
            }
            if (p + digits > len) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < digits; k++) {
                int h = hexValue(raw.charAt(p + k));
                if (h < 0) {
                    return null;
                }
                v = v * 16 + h;
            }
            if (v == 0 || v > 0x10FFFF) {
                return null;
            }
            sb.appendCodePoint(v);
            i = p + digits;
        }
        return sb.toString();
    }
}
