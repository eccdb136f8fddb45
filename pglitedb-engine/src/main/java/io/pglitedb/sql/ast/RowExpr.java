package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A row constructor: {@code ROW(a, b)} (explicit, any number of fields) or {@code (a, b)} (two or
 * more fields). A field may be a {@link Star} {@code t.*}, expanded to t's columns.
 */
public record RowExpr(List<Expr> fields, boolean explicitRow, int position) implements Expr {
    public RowExpr {
        fields = List.copyOf(fields);
    }
}
