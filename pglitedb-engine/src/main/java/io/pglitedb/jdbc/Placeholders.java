package io.pglitedb.jdbc;

/**
 * JDBC's {@code ?} parameter markers turned into PostgreSQL's {@code $1, $2, ...}, skipping string
 * literals (also E'' and dollar-quoted), quoted identifiers and comments, as pgJDBC's query parser
 * does. {@code ??} stands for a literal {@code ?} (an operator), as in pgJDBC.
 *
 * @param sql the statement with $n markers
 * @param parameterCount the number of markers
 */
record Placeholders(String sql, int parameterCount) {

    static Placeholders toNative(String sql) {
        if (sql.indexOf('?') < 0) {
            return new Placeholders(sql, 0);
        }
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int count = 0;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            switch (c) {
                case '\'' -> end = skipQuoted(sql, i, '\'', i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e'));
                case '"' -> end = skipQuoted(sql, i, '"', false);
                case '-' -> end = i + 1 < n && sql.charAt(i + 1) == '-' ? lineEnd(sql, i) : i + 1;
                case '/' -> end = i + 1 < n && sql.charAt(i + 1) == '*' ? blockCommentEnd(sql, i) : i + 1;
                case '$' -> end = dollarQuoteEnd(sql, i);
                case '?' -> {
                    if (i + 1 < n && sql.charAt(i + 1) == '?') {
                        out.append('?');
                        i += 2;
                    } else {
                        out.append('$').append(++count);
                        i++;
                    }
                    continue;
                }
                default -> end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return new Placeholders(out.toString(), count);
    }

    private static int skipQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int lineEnd(String sql, int start) {
        int i = sql.indexOf('\n', start);
        return i < 0 ? sql.length() : i + 1;
    }

    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** $tag$ ... $tag$ (tag may be empty); a $ that does not open a quote ($1, a$b) is itself. */
    private static int dollarQuoteEnd(String sql, int start) {
        if (start > 0 && (Character.isLetterOrDigit(sql.charAt(start - 1)) || sql.charAt(start - 1) == '_')) {
            return start + 1;
        }
        int i = start + 1;
        while (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_'
                || (i > start + 1 && Character.isDigit(sql.charAt(i))))) {
            i++;
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            return start + 1;
        }
        String tag = sql.substring(start, i + 1);
        int close = sql.indexOf(tag, i + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }
}
