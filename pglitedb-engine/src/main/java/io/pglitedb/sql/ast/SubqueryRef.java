package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code [LATERAL] (query) [AS] alias [(columns)]} in FROM, also {@code (VALUES ...) AS v(a, b)}.
 * alias is null when not written (allowed in PostgreSQL 16, an error in 15); columnAliases empty
 * when not written.
 */
public record SubqueryRef(Query query, boolean lateral, String alias, List<String> columnAliases, int position)
        implements FromItem {
    public SubqueryRef {
        columnAliases = List.copyOf(columnAliases);
    }
}
