package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP] TABLE [IF NOT EXISTS] name (columns and constraints) [WITH (...)]
 * [ON COMMIT PRESERVE ROWS | DELETE ROWS | DROP]}.
 *
 * @param temporary a session's temporary table (its own schema, dropped when the session ends)
 * @param onCommit what a temporary table's transactions do to it when they commit
 * @param likes the LIKE clauses among the columns (expanded before the table is defined)
 * @param inheritance INHERITS, PARTITION OF ... FOR VALUES and PARTITION BY
 * @param options the storage parameters of WITH (...), as written
 * @param unlogged CREATE UNLOGGED TABLE
 */
public record CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
        List<TableConstraint> constraints, boolean temporary, OnCommit onCommit, List<TableLike> likes,
        TableInheritance inheritance, List<SetRelationOptions.Option> options, boolean unlogged) implements Statement {
    /** ON COMMIT of a temporary table. */
    public enum OnCommit { PRESERVE_ROWS, DELETE_ROWS, DROP }

    public CreateTable {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        likes = List.copyOf(likes);
        inheritance = inheritance == null ? TableInheritance.NONE : inheritance;
        options = List.copyOf(options);
    }

    public CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
            List<TableConstraint> constraints, boolean temporary, OnCommit onCommit, List<TableLike> likes,
            TableInheritance inheritance, List<SetRelationOptions.Option> options) {
        this(name, ifNotExists, columns, constraints, temporary, onCommit, likes, inheritance, options, false);
    }

    public CreateTable asUnlogged() {
        return new CreateTable(name, ifNotExists, columns, constraints, temporary, onCommit, likes, inheritance, options,
                true);
    }

    public CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
            List<TableConstraint> constraints, boolean temporary, OnCommit onCommit, List<TableLike> likes,
            TableInheritance inheritance) {
        this(name, ifNotExists, columns, constraints, temporary, onCommit, likes, inheritance, List.of());
    }

    public CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
            List<TableConstraint> constraints, boolean temporary, OnCommit onCommit, List<TableLike> likes) {
        this(name, ifNotExists, columns, constraints, temporary, onCommit, likes, TableInheritance.NONE);
    }

    /** The same statement with other columns and constraints (LIKE and INHERITS expanded). */
    public CreateTable withElements(List<ColumnDef> newColumns, List<TableConstraint> newConstraints) {
        return new CreateTable(name, ifNotExists, newColumns, newConstraints, temporary, onCommit, likes, inheritance, options, unlogged);
    }

    public CreateTable withName(QualifiedName newName, boolean newTemporary) {
        return new CreateTable(newName, ifNotExists, columns, constraints, newTemporary, onCommit, likes, inheritance, options, unlogged);
    }

    public CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
            List<TableConstraint> constraints, boolean temporary, OnCommit onCommit) {
        this(name, ifNotExists, columns, constraints, temporary, onCommit, List.of());
    }

    public CreateTable withLikes(List<TableLike> newLikes) {
        return new CreateTable(name, ifNotExists, columns, constraints, temporary, onCommit, newLikes, inheritance, options, unlogged);
    }

    public CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns,
            List<TableConstraint> constraints) {
        this(name, ifNotExists, columns, constraints, false, OnCommit.PRESERVE_ROWS);
    }
}
