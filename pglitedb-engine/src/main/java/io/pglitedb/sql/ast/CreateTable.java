package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP] TABLE [IF NOT EXISTS] name (columns and constraints) [WITH (...)]
 * [ON COMMIT PRESERVE ROWS | DELETE ROWS | DROP]}.
 *
 * @param temporary a session's temporary table (its own schema, dropped when the session ends)
 * @param onCommit what a temporary table's transactions do to it when they commit
 * @param likes the LIKE clauses among the columns (expanded before the table is defined)
 */
public record CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
        List<TableConstraint> constraints, boolean temporary, OnCommit onCommit, List<TableLike> likes)
        implements Statement {
    /** ON COMMIT of a temporary table. */
    public enum OnCommit { PRESERVE_ROWS, DELETE_ROWS, DROP }

    public CreateTable {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        likes = List.copyOf(likes);
    }

    public CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
            List<TableConstraint> constraints, boolean temporary, OnCommit onCommit) {
        this(name, ifNotExists, columns, constraints, temporary, onCommit, List.of());
    }

    public CreateTable withLikes(List<TableLike> newLikes) {
        return new CreateTable(name, ifNotExists, columns, constraints, temporary, onCommit, newLikes);
    }

    public CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
            List<TableConstraint> constraints) {
        this(name, ifNotExists, columns, constraints, false, OnCommit.PRESERVE_ROWS);
    }
}
