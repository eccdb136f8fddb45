package io.pglitedb.sql.ast;

import java.util.List;

/** One {@code name [(columns)] AS [[NOT] MATERIALIZED] (query)} of a WITH clause; columns empty when not written. */
public record CommonTableExpr(String name, List<String> columns, Query query, int position) {
    public CommonTableExpr {
        columns = List.copyOf(columns);
    }
}
