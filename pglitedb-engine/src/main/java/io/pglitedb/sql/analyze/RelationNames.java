package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a relation name given as text ({@code 'Public."My Seq"'}), as regclass input does. */
final class RelationNames {
    private RelationNames() {
    }

    static List<String> parse(String text) {
        List<String> parts = new ArrayList<>(2);
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder part = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw invalid(text);
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                            continue;
                        }
                        break;
                    }
                    part.append(c);
                }
            } else {
                int start = i;
                while (i < n && text.charAt(i) != '.' && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw invalid(text);
                }
                part.append(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            parts.add(part.toString());
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (text.charAt(i) != '.') {
                throw invalid(text);
            }
            i++;
        }
        if (parts.size() > 3) {
            throw new PgException(SqlState.SYNTAX_ERROR, "improper qualified name (too many dotted names): %s", text);
        }
        return parts;
    }

    private static PgException invalid(String text) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid name syntax");
    }
}
