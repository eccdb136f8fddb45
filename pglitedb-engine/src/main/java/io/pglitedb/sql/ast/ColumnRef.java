package io.pglitedb.sql.ast;

import java.util.List;

/** {@code a}, {@code t.a} (parts as written, identifiers already case-folded / unquoted). */
public record ColumnRef(List<String> parts, int position) implements Expr {
    public ColumnRef {
        parts = List.copyOf(parts);
    }

    public String column() {
        return parts.get(parts.size() - 1);
    }
}
