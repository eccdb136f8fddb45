package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A table in FROM: {@code [ONLY] name [[AS] alias [(column aliases)]]}; alias null and columnAliases
 * empty when not written. Without ONLY the rows of the table's inheritance children and partitions
 * are read too.
 */
public record TableRef(QualifiedName name, String alias, List<String> columnAliases, int position, boolean only)
        implements FromItem {
    public TableRef {
        columnAliases = List.copyOf(columnAliases);
    }

    public TableRef(QualifiedName name, String alias, List<String> columnAliases, int position) {
        this(name, alias, columnAliases, position, false);
    }

    public TableRef(QualifiedName name, String alias, int position) {
        this(name, alias, List.of(), position);
    }
}
