package io.pglitedb.sql.ast;

import java.util.List;

/**
 * One {@code name [(columns)] AS [[NOT] MATERIALIZED] (query) [SEARCH ...] [CYCLE ...]} of a WITH
 * clause; columns empty when not written, search and cycle null. A data-modifying WITH query
 * ({@code (INSERT|UPDATE|DELETE ... RETURNING ...)}) has {@code modify} set and no query.
 */
public record CommonTableExpr(String name, List<String> columns, Query query, int position, Statement modify,
        SearchClause search, CycleClause cycle) {
    public CommonTableExpr {
        columns = List.copyOf(columns);
    }

    public CommonTableExpr(String name, List<String> columns, Query query, int position) {
        this(name, columns, query, position, null, null, null);
    }
}
