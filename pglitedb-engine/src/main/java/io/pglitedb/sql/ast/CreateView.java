package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] VIEW name [(columns)] [WITH (...)] AS query [WITH [CASCADED | LOCAL]
 * CHECK OPTION]} and {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS] name [(columns)] AS query
 * [WITH [NO] DATA]}.
 *
 * @param queryText the query as written (what the catalog keeps and pg_get_viewdef shows)
 * @param queryStart where queryText starts in the statement's text (names' positions count from there)
 * @param checkOption 'n' none, 'l' LOCAL, 'c' CASCADED (as {@link io.pglitedb.catalog.ViewDefinition})
 * @param withData false for WITH NO DATA (materialized views only)
 */
public record CreateView(QualifiedName name, boolean orReplace, boolean materialized, boolean ifNotExists,
        List<String> columns, Query query, String queryText, int queryStart, char checkOption, boolean withData) implements Statement {
    public CreateView {
        columns = List.copyOf(columns);
    }
}
