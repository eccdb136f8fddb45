package io.pglitedb.sql.ast;

/**
 * A column definition. {@code notNull}/{@code nullable} record NOT NULL / NULL as written;
 * {@code primaryKey} and {@code unique} the column constraints; defaultValue is null if absent.
 */
public record ColumnDef(String name, TypeName type, boolean notNull, boolean primaryKey, boolean unique,
        Expr defaultValue, int position) {
}
