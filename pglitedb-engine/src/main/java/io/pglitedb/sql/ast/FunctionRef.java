package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A set-returning function in FROM: {@code generate_series(1, 10) [WITH ORDINALITY] [AS] alias [(column aliases)]}.
 * alias is null when not written; columnAliases empty when not written.
 */
public record FunctionRef(FuncCall call, boolean ordinality, String alias, List<String> columnAliases, int position)
        implements FromItem {
    public FunctionRef {
        columnAliases = List.copyOf(columnAliases);
    }

    public FunctionRef(FuncCall call, String alias, List<String> columnAliases, int position) {
        this(call, false, alias, columnAliases, position);
    }
}
