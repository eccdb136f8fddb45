package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code INSERT INTO table [AS alias] [(columns)] VALUES (...), (...) | query | DEFAULT VALUES
 * [RETURNING ...]}; {@code overridingSystemValue} for OVERRIDING SYSTEM VALUE;
 * {@code onConflict} is null without ON CONFLICT. columns is empty when not written (columnPositions holds each name's offset); values is null unless a VALUES list was
 * given; query is null unless a SELECT was given. DEFAULT inside VALUES is a {@link DefaultExpr}.
 */
public record Insert(QualifiedName table, String alias, List<String> columns, List<Integer> columnPositions,
        List<List<Expr>> values, Query query, boolean defaultValues, List<SelectItem> returning,
        boolean overridingSystemValue, OnConflict onConflict) implements Statement {
    public Insert {
        columns = List.copyOf(columns);
        columnPositions = List.copyOf(columnPositions);
        returning = List.copyOf(returning);
    }

    public Insert(QualifiedName table, String alias, List<String> columns, List<Integer> columnPositions,
            List<List<Expr>> values, Query query, boolean defaultValues, List<SelectItem> returning) {
        this(table, alias, columns, columnPositions, values, query, defaultValues, returning, false, null);
    }
}
