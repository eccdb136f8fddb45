package io.pglitedb.sql.analyze;

import java.util.List;

/**
 * PostgreSQL's hint for a column that does not exist (parse_relation.c's errorMissingColumn): the
 * column of the ranges in reach, this query's and then the enclosing ones', whose name is closest
 * to the one written (Levenshtein distance at most 3, differing in at most half its characters),
 * a range whose name differs from the qualifier written counting its distance too; two equally
 * close columns are both suggested, three or more none.
 */
final class ColumnSuggestions {
    private static final int MAX_DISTANCE = 3;

    private ColumnSuggestions() {
    }

    /** The HINT, or null when no column is close enough. */
    static String hint(List<Scope> scopes, String qualifier, String name) {
        int distance = MAX_DISTANCE + 1;
        Scope.Column first = null;
        Scope.Column second = null;
        for (Scope scope : scopes) {
            for (Scope.Column c : scope.columns()) {
                if (c.tableAlias() == null || c.name().isEmpty()) {
                    continue; // a join's merged column, as PostgreSQL skips join ranges
                }
                int penalty = qualifier == null ? 0 : levenshtein(qualifier, c.tableAlias());
                if (penalty > distance) {
                    continue;
                }
                int d = levenshtein(c.name(), name);
                if (d > name.length() / 2) {
                    continue; // more than half the characters differ: no sensible suggestion
                }
                d += penalty;
                if (d < distance) {
                    distance = d;
                    first = c;
                    second = null;
                } else if (d == distance) {
                    if (second != null) { // a third as close: none is suggested, and only closer ones count
                        first = null;
                        second = null;
                        distance = d - 1;
                    } else if (first != null) {
                        second = c;
                    } else if (distance <= MAX_DISTANCE) {
                        first = c;
                    }
                }
            }
        }
        if (first == null) {
            return null;
        }
        String hint = "Perhaps you meant to reference the column \"" + first.tableAlias() + "." + first.name() + "\"";
        return second == null ? hint + "."
                : hint + " or the column \"" + second.tableAlias() + "." + second.name() + "\".";
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
