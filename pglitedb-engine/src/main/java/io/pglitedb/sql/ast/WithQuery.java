package io.pglitedb.sql.ast;

import java.util.List;

/** {@code WITH [RECURSIVE] name [(columns)] AS (query), ... body}. */
public record WithQuery(boolean recursive, List<CommonTableExpr> ctes, Query body) implements Query {
    public WithQuery {
        ctes = List.copyOf(ctes);
    }
}
