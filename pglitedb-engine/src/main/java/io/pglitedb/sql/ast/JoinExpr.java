package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code left [NATURAL] {INNER | LEFT | RIGHT | FULL [OUTER] | CROSS} JOIN right [ON cond | USING
 * (cols) [AS usingAlias]]}, possibly parenthesised with an alias. on is null, using empty and
 * usingAlias null when not written;
 * alias is null and columnAliases empty when not written. position is the JOIN keyword's start
 * (the join type's first keyword).
 */
public record JoinExpr(Type type, FromItem left, FromItem right, boolean natural, Expr on, List<String> using,
        String usingAlias, String alias, List<String> columnAliases, int position) implements FromItem {
    public enum Type { INNER, LEFT, RIGHT, FULL, CROSS }

    public JoinExpr {
        using = List.copyOf(using);
        columnAliases = List.copyOf(columnAliases);
    }

    public JoinExpr withAlias(String newAlias, List<String> newColumnAliases) {
        return new JoinExpr(type, left, right, natural, on, using, usingAlias, newAlias, newColumnAliases, position);
    }
}
