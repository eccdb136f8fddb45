package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A set-returning function in FROM: {@code generate_series(1, 10) [WITH ORDINALITY] [AS] alias [(column aliases)]},
 * or with a column definition list {@code json_to_record(j) AS x(a int, b text)} (columnTypes then
 * gives each alias its type; empty otherwise). alias is null when not written; columnAliases empty
 * when not written.
 */
public record FunctionRef(FuncCall call, boolean ordinality, String alias, List<String> columnAliases,
        List<TypeName> columnTypes, int position) implements FromItem {
    public FunctionRef {
        columnAliases = List.copyOf(columnAliases);
        columnTypes = List.copyOf(columnTypes);
    }

    public FunctionRef(FuncCall call, boolean ordinality, String alias, List<String> columnAliases, int position) {
        this(call, ordinality, alias, columnAliases, List.of(), position);
    }

    public FunctionRef(FuncCall call, String alias, List<String> columnAliases, int position) {
        this(call, false, alias, columnAliases, position);
    }
}
