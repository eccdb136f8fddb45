package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP] TABLE [IF NOT EXISTS] name [(columns)] [WITH (...)] [ON COMMIT ...] AS
 * query [WITH [NO] DATA]} and {@code SELECT ... INTO [TEMP] [TABLE] name ...}: a new table with
 * the query's columns (renamed by the column list), filled with its rows.
 *
 * @param options the storage parameters of WITH (...), as written
 * @param unlogged CREATE UNLOGGED TABLE ... AS
 */
public record CreateTableAs(QualifiedName name, boolean ifNotExists, List<String> columns, Query query,
        boolean withData, boolean temporary, CreateTable.OnCommit onCommit, List<SetRelationOptions.Option> options,
        boolean unlogged) implements Statement {
    public CreateTableAs {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
    }

    public CreateTableAs(QualifiedName name, boolean ifNotExists, List<String> columns, Query query,
            boolean withData, boolean temporary, CreateTable.OnCommit onCommit, List<SetRelationOptions.Option> options) {
        this(name, ifNotExists, columns, query, withData, temporary, onCommit, options, false);
    }

    public CreateTableAs asUnlogged() {
        return new CreateTableAs(name, ifNotExists, columns, query, withData, temporary, onCommit, options, true);
    }

    public CreateTableAs(QualifiedName name, boolean ifNotExists, List<String> columns, Query query,
            boolean withData, boolean temporary, CreateTable.OnCommit onCommit) {
        this(name, ifNotExists, columns, query, withData, temporary, onCommit, List.of());
    }
}
