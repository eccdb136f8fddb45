package io.pglitedb.sql.ast;

import java.util.List;

/** {@code SEARCH {DEPTH|BREADTH} FIRST BY columns SET sequenceColumn} after a recursive WITH query. */
public record SearchClause(boolean breadthFirst, List<String> columns, String sequenceColumn, int position) {
    public SearchClause {
        columns = List.copyOf(columns);
    }
}
