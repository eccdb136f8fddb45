package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PostgreSQL's regular expressions (ARE) on text, run by java.util.regex after translating the
 * syntax that differs: POSIX bracket classes ([[:alpha:]]), \m \M \y \Y word boundaries, \Z, and
 * the flags of regexp_replace & co (g i c n m s p w x q). By default "." and bracket expressions
 * match newlines and ^ $ anchor the whole string, as in PostgreSQL; flag n (or m) makes them
 * newline-sensitive. Operators ~ ~* !~ !~* live here too.
 */
public final class Regex {
    private Regex() {
    }

    private static final int CACHE_SIZE = 64;
    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** textregexeq / texticregexeq: a match anywhere in s. */
    static boolean find(String s, String pattern, boolean caseInsensitive) {
        return compile(pattern, caseInsensitive ? "i" : "").matcher(s).find();
    }

    /** Parsed flags of the regexp_* functions. */
    private record Flags(boolean global, boolean caseInsensitive, boolean newline, boolean expanded, boolean literal) {
    }

    private static Flags flags(String flags, String function) {
        boolean g = false;
        boolean i = false;
        boolean n = false;
        boolean x = false;
        boolean q = false;
        for (int k = 0; k < flags.length(); k++) {
            char c = flags.charAt(k);
            switch (c) {
                case 'g' -> g = true;
                case 'i' -> i = true;
                case 'c' -> i = false;
                case 'n', 'm' -> n = true;
                case 's' -> n = false;
                case 'p', 'w' -> n = true;
                case 'x' -> x = true;
                case 't' -> x = false;
                case 'q' -> q = true;
                case 'b', 'e' -> { }
                default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid regular expression option: \"%s\"",
                        String.valueOf(c));
            }
        }
        if (g && function != null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "%s() does not support the \"global\" option", function)
                    .withHint(function.equals("regexp_match") ? "Use the regexp_matches function instead." : null);
        }
        return new Flags(g, i, n, x, q);
    }

    /** Compiles a PostgreSQL pattern with regexp flags (no g). @throws PgException 2201B */
    public static Pattern compile(String pattern, String flagText) {
        String key = flagText + "\u0000" + pattern;
        synchronized (CACHE) {
            Pattern p = CACHE.get(key);
            if (p != null) {
                return p;
            }
        }
        Flags f = flags(flagText.replace("g", ""), null);
        int javaFlags = 0;
        if (f.caseInsensitive()) {
            javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if (f.newline()) {
            javaFlags |= Pattern.MULTILINE;
        } else {
            javaFlags |= Pattern.DOTALL;
        }
        if (f.expanded()) {
            javaFlags |= Pattern.COMMENTS;
        }
        Pattern p;
        try {
            p = f.literal() ? Pattern.compile(Pattern.quote(pattern), javaFlags)
                    : Pattern.compile(translate(pattern, f.newline()), javaFlags);
        } catch (PatternSyntaxException e) {
            throw new PgException(PgTypeSupport.state("INVALID_REGULAR_EXPRESSION", SqlState.INVALID_PARAMETER_VALUE),
                    "invalid regular expression: %s", describe(e));
        }
        synchronized (CACHE) {
            CACHE.put(key, p);
        }
        return p;
    }

    /**
     * A jsonpath like_regex pattern with its XQuery flags: i (case-insensitive), s (dot matches
     * newline; otherwise it does not), m (^ and $ at line ends), q (literal); as
     * jspConvertRegexFlags maps them onto PostgreSQL's regex flags.
     */
    public static Pattern compileJsonPath(String pattern, String xqueryFlags) {
        boolean i = xqueryFlags.indexOf('i') >= 0;
        boolean s = xqueryFlags.indexOf('s') >= 0;
        boolean m = xqueryFlags.indexOf('m') >= 0;
        boolean q = xqueryFlags.indexOf('q') >= 0;
        int javaFlags = i ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        if (q) {
            return Pattern.compile(Pattern.quote(pattern), javaFlags);
        }
        if (s) {
            javaFlags |= Pattern.DOTALL;
        }
        if (m) {
            javaFlags |= Pattern.MULTILINE;
        }
        try {
            return Pattern.compile(translate(pattern, !s), javaFlags);
        } catch (PatternSyntaxException e) {
            throw new PgException(PgTypeSupport.state("INVALID_REGULAR_EXPRESSION", SqlState.INVALID_PARAMETER_VALUE),
                    "invalid regular expression: %s", describe(e));
        }
    }

    private static String describe(PatternSyntaxException e) {
        String d = e.getDescription();
        if (d.startsWith("Unclosed group")) {
            return "parentheses () not balanced";
        }
        if (d.startsWith("Unclosed character class")) {
            return "brackets [] not balanced";
        }
        if (d.startsWith("Dangling meta character")) {
            return "quantifier operand invalid";
        }
        if (d.startsWith("Unmatched closing ')'")) {
            return "parentheses () not balanced";
        }
        if (d.startsWith("Illegal repetition range")) {
            return "invalid repetition count(s)";
        }
        return "invalid escape \\ sequence".equals(d) ? d : d.toLowerCase(java.util.Locale.ROOT);
    }

    /** ARE syntax to java.util.regex syntax. */
    private static String translate(String p, boolean newline) {
        StringBuilder sb = new StringBuilder(p.length() + 8);
        int n = p.length();
        boolean inClass = false;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = p.charAt(i + 1);
                i++;
                if (!inClass) {
                    switch (e) {
                        case 'm' -> sb.append("\\b(?=\\w)");
                        case 'M' -> sb.append("\\b(?<=\\w)");
                        case 'y' -> sb.append("\\b");
                        case 'Y' -> sb.append("\\B");
                        case 'Z' -> sb.append("\\z");
                        case 'b' -> sb.append("\\x08"); // ARE: backspace, not a word boundary
                        case 'B' -> sb.append("\\\\"); // ARE: a backslash
                        default -> sb.append('\\').append(e);
                    }
                } else {
                    sb.append('\\').append(e);
                }
                continue;
            }
            if (!inClass && c == '[') {
                inClass = true;
                sb.append('[');
                if (i + 1 < n && p.charAt(i + 1) == '^') {
                    sb.append('^');
                    i++;
                    if (newline) {
                        sb.append("\\n");
                    }
                }
                if (i + 1 < n && p.charAt(i + 1) == ']') {
                    sb.append("\\]");
                    i++;
                }
                continue;
            }
            if (inClass) {
                if (c == '[' && i + 1 < n && p.charAt(i + 1) == ':') {
                    int end = p.indexOf(":]", i + 2);
                    if (end > 0) {
                        sb.append(posixClass(p.substring(i + 2, end)));
                        i = end + 1;
                        continue;
                    }
                }
                if (c == '[') {
                    sb.append("\\[");
                    continue;
                }
                if (c == '&' && i + 1 < n && p.charAt(i + 1) == '&') {
                    sb.append("\\&");
                    continue;
                }
                if (c == ']') {
                    inClass = false;
                }
                sb.append(c);
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "\\p{IsAlphabetic}";
            case "digit" -> "0-9";
            case "alnum" -> "\\p{IsAlphabetic}0-9";
            case "upper" -> "\\p{IsUppercase}";
            case "lower" -> "\\p{IsLowercase}";
            case "space" -> "\\s";
            case "punct" -> "\\p{Punct}";
            case "xdigit" -> "0-9A-Fa-f";
            case "word" -> "\\w";
            case "blank" -> " \\t";
            case "cntrl" -> "\\p{Cntrl}";
            case "print" -> "\\p{Print}";
            case "graph" -> "\\p{Graph}";
            default -> throw new PgException(PgTypeSupport.state("INVALID_REGULAR_EXPRESSION",
                    SqlState.INVALID_PARAMETER_VALUE), "invalid regular expression: invalid character class");
        };
    }

    // ---- functions

    /** regexp_replace(source, pattern, replacement [, flags]): \1..\9 and \&amp; in the replacement. */
    public static String replace(String s, String pattern, String replacement, String flagText) {
        Flags f = flags(flagText, null);
        Matcher m = compile(pattern, flagText.replace("g", "")).matcher(s);
        return replace(s, m, replacement, f.global(), 1);
    }

    /** regexp_replace(source, pattern, replacement, start [, n [, flags]]): n = 0 replaces all. */
    public static String replace(String s, String pattern, String replacement, int start, int nth, String flagText) {
        if (start <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": %d", "start",
                    start);
        }
        if (nth < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": %d", "n", nth);
        }
        flags(flagText, null);
        Matcher m = compile(pattern, flagText.replace("g", "")).matcher(s);
        int from = offset(s, start);
        if (from > s.length()) {
            return s;
        }
        m.region(from, s.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return replace(s, m, replacement, nth == 0, nth);
    }

    private static int offset(String s, int start) {
        int chars = s.codePointCount(0, s.length());
        if (start - 1 > chars) {
            return s.length() + 1;
        }
        return s.offsetByCodePoints(0, start - 1);
    }

    /** Replaces every match (all) or only match number nth, counting from 1. */
    private static String replace(String s, Matcher m, String replacement, boolean all, int nth) {
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        int count = 0;
        while (m.find()) {
            count++;
            if (all || count == nth) {
                out.append(s, last, m.start());
                appendReplacement(out, m, replacement);
                last = m.end();
                if (!all) {
                    break;
                }
            }
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static void appendReplacement(StringBuilder out, Matcher m, String r) {
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                char d = r.charAt(i + 1);
                if (d >= '1' && d <= '9') {
                    int g = d - '0';
                    if (g <= m.groupCount() && m.group(g) != null) {
                        out.append(m.group(g));
                    }
                    i++;
                    continue;
                }
                if (d == '&') {
                    out.append(m.group());
                    i++;
                    continue;
                }
                if (d == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
    }

    /** regexp_split_to_table/array: pieces between matches, degenerate empty matches ignored as PostgreSQL does. */
    public static List<String> split(String s, String pattern, String flagText) {
        return split(s, pattern, flagText, "regexp_split_to_table");
    }

    /** split for {@code function} (regexp_split_to_table or regexp_split_to_array, named in errors). */
    public static List<String> split(String s, String pattern, String flagText, String function) {
        flags(flagText, function);
        Matcher m = compile(pattern, flagText).matcher(s);
        List<String> out = new ArrayList<>();
        int len = s.length();
        int prevEnd = 0;
        int searchFrom = 0;
        int pieceStart = 0;
        while (searchFrom <= len && m.find(searchFrom)) {
            int ms = m.start();
            int me = m.end();
            if (ms < len && me > prevEnd) {
                out.add(s.substring(pieceStart, ms));
                pieceStart = me;
                prevEnd = me;
            }
            searchFrom = me == ms ? me + 1 : me;
        }
        out.add(s.substring(pieceStart));
        return out;
    }

    /** regexp_count(source, pattern [, start [, flags]]). */
    public static int count(String s, String pattern, int start, String flagText) {
        if (start <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": %d", "start",
                    start);
        }
        flags(flagText, "regexp_count");
        int from = offset(s, start);
        if (from > s.length()) {
            return 0;
        }
        Matcher m = compile(pattern, flagText).matcher(s);
        int n = 0;
        int pos = from;
        while (pos <= s.length() && m.find(pos)) {
            n++;
            pos = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return n;
    }

    /** The capture groups of the first match (or the whole match when there are none), or null. */
    public static List<String> match(String s, String pattern, String flagText) {
        flags(flagText, "regexp_match");
        Matcher m = compile(pattern, flagText).matcher(s);
        if (!m.find()) {
            return null;
        }
        return groups(m);
    }

    /** Every match's groups (only the first without g). */
    public static List<List<String>> matches(String s, String pattern, String flagText) {
        Flags f = flags(flagText, null);
        Matcher m = compile(pattern, flagText.replace("g", "")).matcher(s);
        List<List<String>> out = new ArrayList<>();
        int pos = 0;
        while (pos <= s.length() && m.find(pos)) {
            out.add(groups(m));
            if (!f.global()) {
                break;
            }
            pos = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return out;
    }

    private static List<String> groups(Matcher m) {
        List<String> g = new ArrayList<>();
        if (m.groupCount() == 0) {
            g.add(m.group());
        } else {
            for (int i = 1; i <= m.groupCount(); i++) {
                g.add(m.group(i));
            }
        }
        return g;
    }

    /** substring(text from pattern): the first parenthesised group's match, or the whole match. */
    public static String substring(String s, String pattern) {
        Matcher m = compile(pattern, "").matcher(s);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    private static PgException badParameter(String name, int value) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": %d", name, value);
    }

    /** regexp_like(source, pattern [, flags]). */
    public static boolean like(String s, String pattern, String flagText) {
        flags(flagText, "regexp_like");
        return compile(pattern, flagText).matcher(s).find();
    }

    /** The n-th match from character position start (1-based), or null. */
    private static Matcher nth(String s, String pattern, int start, int n, String flagText, String function) {
        if (start <= 0) {
            throw badParameter("start", start);
        }
        if (n <= 0) {
            throw badParameter("n", n);
        }
        flags(flagText, function);
        int from = offset(s, start);
        if (from > s.length()) {
            return null;
        }
        Matcher m = compile(pattern, flagText).matcher(s);
        int pos = from;
        int count = 0;
        while (pos <= s.length() && m.find(pos)) {
            if (++count == n) {
                return m;
            }
            pos = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return null;
    }

    /** regexp_instr: 1-based position of the match (or after it with endoption 1), 0 if none. */
    public static int instr(String s, String pattern, int start, int n, int endOption, String flagText, int subexpr) {
        if (endOption != 0 && endOption != 1) {
            throw badParameter("endoption", endOption);
        }
        if (subexpr < 0) {
            throw badParameter("subexpr", subexpr);
        }
        Matcher m = nth(s, pattern, start, n, flagText, "regexp_instr");
        if (m == null || subexpr > m.groupCount() || m.start(subexpr) < 0) {
            return 0;
        }
        int at = endOption == 0 ? m.start(subexpr) : m.end(subexpr);
        return s.codePointCount(0, at) + 1;
    }

    /** regexp_substr: the n-th match (or its subexpression), null if none. */
    public static String substr(String s, String pattern, int start, int n, String flagText, int subexpr) {
        if (subexpr < 0) {
            throw badParameter("subexpr", subexpr);
        }
        Matcher m = nth(s, pattern, start, n, flagText, "regexp_substr");
        if (m == null || subexpr > m.groupCount()) {
            return null;
        }
        return m.group(subexpr);
    }

    /**
     * similar_to_escape: a SQL regular expression (SIMILAR TO) as a POSIX one, anchored and wrapped
     * in non-capturing parentheses; escape-double-quotes split it into three parts whose middle one
     * is the only capturing group (what SUBSTRING ... SIMILAR returns). A null escape means "\".
     */
    public static String similarToPosix(String pattern, String escape) {
        int esc;
        if (escape == null) {
            esc = '\\';
        } else if (escape.isEmpty()) {
            esc = -1;
        } else if (escape.codePointCount(0, escape.length()) > 1) {
            throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .withHint("Escape string must be empty or one character.");
        } else {
            esc = escape.codePointAt(0);
        }
        StringBuilder r = new StringBuilder(pattern.length() + 10).append("^(?:");
        boolean afterEscape = false;
        boolean inCharClass = false;
        int quotes = 0;
        for (int i = 0; i < pattern.length(); ) {
            int c = pattern.codePointAt(i);
            i += Character.charCount(c);
            if (afterEscape) {
                if (c == '"' && !inCharClass) {
                    if (quotes == 0) {
                        r.append("){1,1}?(");
                    } else if (quotes == 1) {
                        r.append("){1,1}(?:");
                    } else {
                        throw new PgException(PgTypeSupport.state("INVALID_USE_OF_ESCAPE_CHARACTER",
                                SqlState.INVALID_ESCAPE_SEQUENCE),
                                "SQL regular expression may not contain more than two escape-double-quote separators");
                    }
                    quotes++;
                } else {
                    r.append('\\').appendCodePoint(c);
                }
                afterEscape = false;
            } else if (esc >= 0 && c == esc) {
                afterEscape = true;
            } else if (inCharClass) {
                if (c == '\\') {
                    r.append('\\');
                }
                r.appendCodePoint(c);
                if (c == ']') {
                    inCharClass = false;
                }
            } else if (c == '[') {
                r.append('[');
                inCharClass = true;
            } else if (c == '%') {
                r.append(".*");
            } else if (c == '_') {
                r.append('.');
            } else if (c == '(') {
                r.append("(?:");
            } else if (c == '\\' || c == '.' || c == '^' || c == '$') {
                r.append('\\').appendCodePoint(c);
            } else {
                r.appendCodePoint(c);
            }
        }
        return r.append(")$").toString();
    }
}
