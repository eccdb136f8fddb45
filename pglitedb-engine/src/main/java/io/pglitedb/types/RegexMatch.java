package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The POSIX regular expression match operators {@code ~ ~* !~ !~*}. Patterns are compiled with
 * java.util.regex, which agrees with PostgreSQL's advanced regular expressions for the usual
 * constructs (anchors, classes, alternation, quantifiers); compiled patterns are cached.
 */
final class RegexMatch {
    private RegexMatch() {
    }

    private static final int CACHE_SIZE = 64;
    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    static boolean matches(String text, String pattern, boolean caseInsensitive) {
        return compile(pattern, caseInsensitive).matcher(text).find();
    }

    private static Pattern compile(String pattern, boolean caseInsensitive) {
        String key = (caseInsensitive ? "i" : "c") + pattern;
        synchronized (CACHE) {
            Pattern p = CACHE.get(key);
            if (p == null) {
                try {
                    p = Pattern.compile(pattern, caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
                } catch (PatternSyntaxException e) {
                    throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION,
                            "invalid regular expression: %s", e.getDescription());
                }
                CACHE.put(key, p);
            }
            return p;
        }
    }
}
