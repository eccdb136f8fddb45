package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A table in FROM: {@code name [[AS] alias [(column aliases)]]}; alias null and columnAliases
 * empty when not written.
 */
public record TableRef(QualifiedName name, String alias, List<String> columnAliases, int position) implements FromItem {
    public TableRef {
        columnAliases = List.copyOf(columnAliases);
    }

    public TableRef(QualifiedName name, String alias, int position) {
        this(name, alias, List.of(), position);
    }
}
