package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * LIKE / ILIKE matching (like_match.c): {@code %} any run of characters, {@code _} one
 * character, the escape character (backslash unless given; 0 for none) takes the next character
 * literally. A pattern ending in the escape character raises 22025. ILIKE folds both sides to
 * lower case first. Works on code points, iteratively with backtracking on the last {@code %}.
 */
final class Like {
    private Like() {
    }

    static boolean matches(String value, String pattern, char escape, boolean caseInsensitive) {
        if (caseInsensitive) {
            value = value.toLowerCase(java.util.Locale.ROOT);
            pattern = pattern.toLowerCase(java.util.Locale.ROOT);
        }
        if (!hasSurrogates(value) && !hasSurrogates(pattern)) {
            String[] segments = literalSegments(pattern, escape);
            return segments != null ? matchesSegments(value, segments) : matchesChars(value, pattern, escape);
        }
        int[] s = value.codePoints().toArray();
        int[] p = pattern.codePoints().toArray();
        // validate a trailing escape up front, as PostgreSQL errors even when the match fails early
        if (escape != 0) {
            for (int i = 0; i < p.length; i++) {
                if (p[i] == escape) {
                    if (i + 1 == p.length) {
                        throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE,
                                "LIKE pattern must not end with escape character");
                    }
                    i++;
                }
            }
        }
        int si = 0;
        int pi = 0;
        int starP = -1;
        int starS = -1;
        while (si < s.length) {
            if (pi < p.length) {
                int c = p[pi];
                int literal = c;
                int width = 1;
                if (escape != 0 && c == escape) {
                    literal = p[pi + 1];
                    width = 2;
                } else if (c == '%') {
                    starP = ++pi;
                    starS = si;
                    continue;
                } else if (c == '_') {
                    si++;
                    pi++;
                    continue;
                }
                if (literal == s[si]) {
                    si++;
                    pi += width;
                    continue;
                }
            }
            if (starP < 0) {
                return false;
            }
            si = ++starS;
            pi = starP;
        }
        while (pi < p.length && p[pi] == '%') {
            pi++;
        }
        return pi == p.length;
    }

    /** The last pattern split by {@link #literalSegments} and its segments (patterns are mostly constants). */
    private static volatile Object[] lastSplit = {"", null};

    /**
     * A pattern of literal text and {@code %} only (no {@code _}, no escape character) split at its
     * {@code %}s ("a%b%" gives a, b and ""), or null for other patterns.
     */
    private static String[] literalSegments(String pattern, char escape) {
        Object[] last = lastSplit;
        if (last[0] == pattern) {
            return (String[]) last[1];
        }
        String[] segments = null;
        if (pattern.indexOf('_') < 0 && (escape == 0 || pattern.indexOf(escape) < 0)) {
            segments = pattern.split("%", -1);
        }
        lastSplit = new Object[] {pattern, segments};
        return segments;
    }

    /**
     * Whether the value is the first segment, then each middle one somewhere after the previous
     * (the leftmost place leaves most room for the rest), then ends with the last one.
     */
    private static boolean matchesSegments(String value, String[] segments) {
        int n = segments.length;
        if (n == 1) {
            return value.equals(segments[0]);
        }
        String first = segments[0];
        String last = segments[n - 1];
        if (value.length() < first.length() + last.length() || !value.startsWith(first) || !value.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = value.length() - last.length();
        for (int i = 1; i < n - 1; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                continue;
            }
            int at = value.indexOf(segment, from);
            if (at < 0 || at + segment.length() > end) {
                return false;
            }
            from = at + segment.length();
        }
        return true;
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #matches} over chars, when every character is one char (no surrogate pairs): the same steps. */
    private static boolean matchesChars(String s, String p, char escape) {
        int sl = s.length();
        int pl = p.length();
        if (escape != 0) {
            for (int i = 0; i < pl; i++) {
                if (p.charAt(i) == escape) {
                    if (i + 1 == pl) {
                        throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE,
                                "LIKE pattern must not end with escape character");
                    }
                    i++;
                }
            }
        }
        int si = 0;
        int pi = 0;
        int starP = -1;
        int starS = -1;
        while (si < sl) {
            if (pi < pl) {
                char c = p.charAt(pi);
                char literal = c;
                int width = 1;
                if (escape != 0 && c == escape) {
                    literal = p.charAt(pi + 1);
                    width = 2;
                } else if (c == '%') {
                    starP = ++pi;
                    starS = si;
                    continue;
                } else if (c == '_') {
                    si++;
                    pi++;
                    continue;
                }
                if (literal == s.charAt(si)) {
                    si++;
                    pi += width;
                    continue;
                }
            }
            if (starP < 0) {
                return false;
            }
            si = ++starS;
            pi = starP;
        }
        while (pi < pl && p.charAt(pi) == '%') {
            pi++;
        }
        return pi == pl;
    }
}
