package io.pglitedb.sql.ast;

import java.util.List;

/** {@code CREATE TABLE [IF NOT EXISTS] name (columns and constraints) [WITH (...)]}. */
public record CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
        List<TableConstraint> constraints) implements Statement {
    public CreateTable {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
    }
}
