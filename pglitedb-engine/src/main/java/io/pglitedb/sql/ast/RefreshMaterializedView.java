package io.pglitedb.sql.ast;

/** {@code REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]}. */
public record RefreshMaterializedView(QualifiedName name, boolean concurrently, boolean withData)
        implements Statement {
}
