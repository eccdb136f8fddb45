package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CYCLE columns SET markColumn [TO value DEFAULT default] USING pathColumn} after a recursive
 * WITH query; value and default are null when not written (true and false).
 */
public record CycleClause(List<String> columns, String markColumn, Expr markValue, Expr markDefault,
        String pathColumn, int position) {
    public CycleClause {
        columns = List.copyOf(columns);
    }
}
