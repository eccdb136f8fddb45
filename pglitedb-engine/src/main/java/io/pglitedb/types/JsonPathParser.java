package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.JsonPathItem.Chain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * jsonpath's scanner and grammar (jsonpath_scan.l, jsonpath_gram.y) as recursive descent.
 * Precedence, loosest first: {@code ||}, {@code &&}, {@code !}, comparisons / starts with /
 * like_regex, binary + -, * / %, unary + -, accessors.
 */
final class JsonPathParser {
    private static final Set<String> METHODS = Set.of("type", "size", "double", "ceiling", "floor", "abs", "keyvalue");

    private enum Kind { IDENT, STRING, NUMBER, VARIABLE, PUNCT, END }

    private record Token(Kind kind, String text, int start) {
        boolean is(String s) {
            return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(s);
        }
    }

    private final String input;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int filterDepth;
    private int subscriptDepth;

    private JsonPathParser(String input) {
        this.input = input;
    }

    static JsonPathItem.Path parse(String text) {
        JsonPathParser p = new JsonPathParser(text);
        p.scan();
        return p.path();
    }

    // ---- scanner

    private void scan() {
        String s = input;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i = scanString(s, i + 1, sb);
                tokens.add(new Token(Kind.STRING, sb.toString(), start));
                continue;
            }
            if (c == '$') {
                i++;
                if (i < n && s.charAt(i) == '"') {
                    StringBuilder sb = new StringBuilder();
                    i = scanString(s, i + 1, sb);
                    tokens.add(new Token(Kind.VARIABLE, sb.toString(), start));
                } else if (i < n && isIdentStart(s.charAt(i))) {
                    int b = i;
                    while (i < n && isIdentPart(s.charAt(i))) {
                        i++;
                    }
                    tokens.add(new Token(Kind.VARIABLE, s.substring(b, i), start));
                } else {
                    tokens.add(new Token(Kind.PUNCT, "$", start));
                }
                continue;
            }
            if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)) && !afterAccessorDot())) {
                i = scanNumber(s, i);
                continue;
            }
            if (isIdentStart(c)) {
                while (i < n && isIdentPart(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENT, s.substring(start, i), start));
                continue;
            }
            String two = i + 1 < n ? s.substring(i, i + 2) : "";
            switch (two) {
                case "==", "!=", "<>", "<=", ">=", "&&", "||", "**" -> {
                    tokens.add(new Token(Kind.PUNCT, two.equals("<>") ? "!=" : two, start));
                    i += 2;
                    continue;
                }
                default -> {
                }
            }
            if ("$@.[](){},?+-*/%<>!".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), start));
                i++;
                continue;
            }
            if (c == '=') {
                throw syntaxError("=");
            }
            throw syntaxError(String.valueOf(c));
        }
        tokens.add(new Token(Kind.END, "", n));
    }

    /** After "$", "@" or ")" a dot starts an accessor, not a number such as .5. */
    private boolean afterAccessorDot() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.kind() == Kind.VARIABLE || last.kind() == Kind.IDENT || last.kind() == Kind.STRING
                || last.is("$") || last.is("@") || last.is(")") || last.is("]");
    }

    private int scanNumber(String s, int i) {
        int n = s.length();
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        boolean junk = i - start > 1 && s.charAt(start) == '0';
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            if (e < n && isDigit(s.charAt(e))) {
                i = e;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
            } else {
                junk = true;
                i = e;
            }
        }
        if (i < n && (isIdentPart(s.charAt(i)))) {
            junk = true;
            i++;
        }
        if (junk) {
            throw new PgException(SqlState.SYNTAX_ERROR, "trailing junk after numeric literal at or near \"%s\" of jsonpath input",
                    s.substring(start, i));
        }
        tokens.add(new Token(Kind.NUMBER, s.substring(start, i), start));
        return i;
    }

    private int scanString(String s, int i, StringBuilder sb) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < n) {
                char e = s.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'v' -> sb.append('\u000b');
                    case 'x' -> {
                        int end = Math.min(n, i + 2);
                        int v = Integer.parseInt(s.substring(i, end), 16);
                        sb.append((char) v);
                        i = end;
                    }
                    case 'u' -> {
                        if (i < n && s.charAt(i) == '{') {
                            int close = s.indexOf('}', i);
                            sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, close), 16));
                            i = close + 1;
                        } else {
                            sb.append((char) Integer.parseInt(s.substring(i, Math.min(n, i + 4)), 16));
                            i += 4;
                        }
                    }
                    default -> sb.append(e);
                }
                continue;
            }
            sb.append(c);
            i++;
        }
        throw new PgException(SqlState.SYNTAX_ERROR, "unexpected end of quoted string at or near \"%s\" of jsonpath input",
                s.substring(Math.max(0, s.lastIndexOf('"', n - 1))));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    // ---- grammar

    private Token cur() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean accept(String s) {
        if (cur().is(s)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!accept(s)) {
            throw syntaxError(cur());
        }
    }

    private PgException syntaxError(Token t) {
        if (t.kind() == Kind.END) {
            return new PgException(SqlState.SYNTAX_ERROR, "syntax error at end of jsonpath input");
        }
        return syntaxError(t.kind() == Kind.STRING ? "\"" + t.text() + "\"" : t.text());
    }

    private static PgException syntaxError(String near) {
        return new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\" of jsonpath input", near);
    }

    private JsonPathItem.Path path() {
        boolean lax = true;
        if (cur().is("strict") && tokens.get(pos + 1).kind() != Kind.END && !tokens.get(pos + 1).is(".")) {
            lax = false;
            pos++;
        } else if (cur().is("lax") && tokens.get(pos + 1).kind() != Kind.END && !tokens.get(pos + 1).is(".")) {
            pos++;
        }
        if (cur().kind() == Kind.END) {
            throw new PgException(SqlState.SYNTAX_ERROR, "invalid input syntax for type jsonpath: \"%s\"", input);
        }
        Chain e = orPredicate();
        if (cur().kind() != Kind.END) {
            throw syntaxError(cur());
        }
        return new JsonPathItem.Path(lax, e);
    }

    private static boolean isPredicate(Chain c) {
        return c.items().size() == 1 && c.items().get(0) instanceof JsonPathItem.Predicate;
    }

    private static Chain single(JsonPathItem item) {
        return new Chain(List.of(item));
    }

    private Chain orPredicate() {
        Chain left = andPredicate();
        while (cur().is("||")) {
            Token op = next();
            requirePredicate(left, op);
            Chain right = andPredicate();
            requirePredicate(right, op);
            left = single(new JsonPathItem.Or(left, right));
        }
        return left;
    }

    private Chain andPredicate() {
        Chain left = notPredicate();
        while (cur().is("&&")) {
            Token op = next();
            requirePredicate(left, op);
            Chain right = notPredicate();
            requirePredicate(right, op);
            left = single(new JsonPathItem.And(left, right));
        }
        return left;
    }

    private void requirePredicate(Chain c, Token near) {
        if (!isPredicate(c)) {
            throw syntaxError(near);
        }
    }

    private Chain notPredicate() {
        if (cur().is("!")) {
            Token bang = next();
            if (!cur().is("(") && !cur().is("exists")) {
                throw syntaxError(cur());
            }
            Chain operand = comparison();
            requirePredicate(operand, bang);
            return single(new JsonPathItem.Not(operand));
        }
        return comparison();
    }

    private Chain comparison() {
        Chain left = additive();
        Token t = cur();
        if (t.kind() == Kind.PUNCT) {
            switch (t.text()) {
                case "==", "!=", "<", "<=", ">", ">=" -> {
                    pos++;
                    requireExpression(left, t);
                    Chain right = additive();
                    requireExpression(right, t);
                    return single(new JsonPathItem.Comparison(t.text(), left, right));
                }
                default -> {
                    return left;
                }
            }
        }
        if (t.is("starts") && tokens.get(pos + 1).is("with")) {
            pos += 2;
            requireExpression(left, t);
            Token init = next();
            Chain initial;
            if (init.kind() == Kind.STRING) {
                initial = single(new JsonPathItem.Literal(new JsonValue.Str(init.text())));
            } else if (init.kind() == Kind.VARIABLE) {
                initial = single(new JsonPathItem.Variable(init.text()));
            } else {
                throw syntaxError(init);
            }
            return single(new JsonPathItem.StartsWith(left, initial));
        }
        if (t.is("like_regex")) {
            pos++;
            requireExpression(left, t);
            Token pattern = next();
            if (pattern.kind() != Kind.STRING) {
                throw syntaxError(pattern);
            }
            String flags = "";
            if (accept("flag")) {
                Token f = next();
                if (f.kind() != Kind.STRING) {
                    throw syntaxError(f);
                }
                flags = f.text();
                for (char c : flags.toCharArray()) {
                    if ("isxmq".indexOf(c) < 0) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "invalid input syntax for type jsonpath")
                                .withDetail("Unrecognized flag character \"" + c + "\" in LIKE_REGEX predicate.");
                    }
                }
                if (flags.indexOf('x') >= 0) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "XQuery \"x\" flag (expanded regular expressions) is not implemented");
                }
            }
            Regex.compileJsonPath(pattern.text(), flags); // reject bad patterns now, as PostgreSQL does
            return single(new JsonPathItem.LikeRegex(left, pattern.text(), flags));
        }
        return left;
    }

    private void requireExpression(Chain c, Token near) {
        if (isPredicate(c)) {
            throw syntaxError(near);
        }
    }

    private Chain additive() {
        Chain left = multiplicative();
        while (cur().is("+") || cur().is("-")) {
            Token op = next();
            requireExpression(left, op);
            Chain right = multiplicative();
            requireExpression(right, op);
            left = single(new JsonPathItem.Arithmetic(op.text(), left, right));
        }
        return left;
    }

    private Chain multiplicative() {
        Chain left = unary();
        while (cur().is("*") || cur().is("/") || cur().is("%")) {
            Token op = next();
            requireExpression(left, op);
            Chain right = unary();
            requireExpression(right, op);
            left = single(new JsonPathItem.Arithmetic(op.text(), left, right));
        }
        return left;
    }

    private Chain unary() {
        if (cur().is("+") || cur().is("-")) {
            Token op = next();
            Chain operand = unary();
            requireExpression(operand, op);
            // a signed number literal is folded into the literal (makeItemUnary)
            if (operand.items().size() == 1 && operand.items().get(0) instanceof JsonPathItem.Literal l
                    && l.value() instanceof JsonValue.Num num) {
                return op.text().equals("-") ? single(new JsonPathItem.Literal(new JsonValue.Num(num.value().negate())))
                        : operand;
            }
            return single(new JsonPathItem.Unary(op.text(), operand));
        }
        return accessorExpression();
    }

    private Chain accessorExpression() {
        List<JsonPathItem> items = new ArrayList<>();
        Token t = next();
        boolean parenthesized = false;
        switch (t.kind()) {
            case STRING -> items.add(new JsonPathItem.Literal(new JsonValue.Str(t.text())));
            case NUMBER -> items.add(new JsonPathItem.Literal(new JsonValue.Num(number(t.text()))));
            case VARIABLE -> items.add(new JsonPathItem.Variable(t.text()));
            case IDENT -> {
                switch (t.text()) {
                    case "null" -> items.add(new JsonPathItem.Literal(JsonValue.Null.INSTANCE));
                    case "true" -> items.add(new JsonPathItem.Literal(JsonValue.Bool.TRUE));
                    case "false" -> items.add(new JsonPathItem.Literal(JsonValue.Bool.FALSE));
                    case "last" -> {
                        if (subscriptDepth == 0) {
                            throw new PgException(SqlState.SYNTAX_ERROR, "LAST is allowed only in array subscripts");
                        }
                        items.add(new JsonPathItem.Last());
                    }
                    case "exists" -> {
                        expect("(");
                        Chain inner = orPredicate();
                        expect(")");
                        requireExpression(inner, t);
                        return single(new JsonPathItem.Exists(inner));
                    }
                    default -> throw syntaxError(t);
                }
            }
            case PUNCT -> {
                switch (t.text()) {
                    case "$" -> items.add(new JsonPathItem.Root());
                    case "@" -> {
                        if (filterDepth == 0) {
                            throw new PgException(SqlState.SYNTAX_ERROR, "@ is not allowed in root expressions");
                        }
                        items.add(new JsonPathItem.Current());
                    }
                    case "(" -> {
                        Chain inner = orPredicate();
                        expect(")");
                        if (isPredicate(inner) && cur().is("is")) {
                            pos++;
                            if (!accept("unknown")) {
                                throw syntaxError(cur());
                            }
                            inner = single(new JsonPathItem.IsUnknown(inner));
                        }
                        items.addAll(inner.items());
                        parenthesized = true;
                    }
                    default -> throw syntaxError(t);
                }
            }
            default -> throw syntaxError(t);
        }
        int before = items.size();
        accessors(items);
        if (parenthesized && items.size() == before) {
            return new Chain(items);
        }
        return new Chain(items);
    }

    private static BigDecimal number(String text) {
        BigDecimal d = new BigDecimal(text.startsWith(".") ? "0" + text : text);
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private void accessors(List<JsonPathItem> items) {
        while (true) {
            Token t = cur();
            if (t.is(".")) {
                pos++;
                Token k = next();
                if (k.is("*")) {
                    items.add(new JsonPathItem.AnyKey());
                } else if (k.is("**")) {
                    items.add(anyPath());
                } else if (k.kind() == Kind.STRING) {
                    items.add(new JsonPathItem.Key(k.text()));
                } else if (k.kind() == Kind.IDENT) {
                    if (cur().is("(") && (METHODS.contains(k.text()) || k.text().equals("datetime"))) {
                        pos++;
                        if (k.text().equals("datetime")) {
                            String template = null;
                            if (cur().kind() == Kind.STRING) {
                                template = next().text();
                            }
                            expect(")");
                            items.add(new JsonPathItem.Datetime(template));
                        } else {
                            expect(")");
                            items.add(new JsonPathItem.Method(k.text()));
                        }
                    } else {
                        items.add(new JsonPathItem.Key(k.text()));
                    }
                } else {
                    throw syntaxError(k);
                }
            } else if (t.is("[")) {
                pos++;
                if (accept("*")) {
                    expect("]");
                    items.add(new JsonPathItem.AnyArray());
                    continue;
                }
                subscriptDepth++;
                List<JsonPathItem.Subscript> subs = new ArrayList<>();
                do {
                    Chain from = orPredicate();
                    Chain to = null;
                    if (accept("to")) {
                        to = orPredicate();
                    }
                    subs.add(new JsonPathItem.Subscript(from, to));
                } while (accept(","));
                subscriptDepth--;
                expect("]");
                items.add(new JsonPathItem.IndexArray(subs));
            } else if (t.is("?")) {
                pos++;
                expect("(");
                filterDepth++;
                int savedSubscripts = subscriptDepth;
                Chain predicate = orPredicate();
                subscriptDepth = savedSubscripts;
                filterDepth--;
                expect(")");
                if (!isPredicate(predicate)) {
                    throw syntaxError(cur());
                }
                items.add(new JsonPathItem.Filter(predicate));
            } else {
                return;
            }
        }
    }

    private JsonPathItem anyPath() {
        if (!accept("{")) {
            return new JsonPathItem.Any(0, JsonPathItem.Any.LAST);
        }
        int first = anyLevel();
        int last = first;
        if (accept("to")) {
            last = anyLevel();
        }
        expect("}");
        return new JsonPathItem.Any(first, last);
    }

    private int anyLevel() {
        Token t = next();
        if (t.is("last")) {
            return JsonPathItem.Any.LAST;
        }
        if (t.kind() != Kind.NUMBER || !t.text().chars().allMatch(Character::isDigit)) {
            throw syntaxError(t);
        }
        return Integer.parseInt(t.text());
    }
}
