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
}
