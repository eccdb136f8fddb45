package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code INSERT INTO table [AS alias] [(columns)] VALUES (...), (...) | query | DEFAULT VALUES
 * [RETURNING ...]}; {@code overridingSystemValue} for OVERRIDING SYSTEM VALUE;
 * {@code onConflict} is null without ON CONFLICT. columns is empty when not written (columnPositions holds each name's offset); values is null unless a VALUES list was
 * given; query is null unless a SELECT was given; columnSubscripts is empty or holds each target's
 * brackets ({@code INSERT INTO t (a[1:2])}). DEFAULT inside VALUES is a {@link DefaultExpr}.
 */
public record Insert(QualifiedName table, String alias, List<String> columns, List<Integer> columnPositions,
        List<List<Expr>> values, Query query, boolean defaultValues, List<SelectItem> returning,
        boolean overridingSystemValue, OnConflict onConflict, List<List<Subscript.Index>> columnSubscripts)
        implements Statement {
    public Insert {
        columns = List.copyOf(columns);
        columnPositions = List.copyOf(columnPositions);
        returning = List.copyOf(returning);
        columnSubscripts = List.copyOf(columnSubscripts);
    }

    public Insert(QualifiedName table, String alias, List<String> columns, List<Integer> columnPositions,
            List<List<Expr>> values, Query query, boolean defaultValues, List<SelectItem> returning,
            boolean overridingSystemValue, OnConflict onConflict) {
        this(table, alias, columns, columnPositions, values, query, defaultValues, returning, overridingSystemValue,
                onConflict, List.of());
    }

    /** The brackets written after target column {@code i} ({@code INSERT INTO t (a[2])}); empty if none. */
    public List<Subscript.Index> subscriptsOf(int i) {
        return columnSubscripts.isEmpty() ? List.of() : columnSubscripts.get(i);
    }

    public Insert(QualifiedName table, String alias, List<String> columns, List<Integer> columnPositions,
            List<List<Expr>> values, Query query, boolean defaultValues, List<SelectItem> returning) {
        this(table, alias, columns, columnPositions, values, query, defaultValues, returning, false, null);
    }
}
