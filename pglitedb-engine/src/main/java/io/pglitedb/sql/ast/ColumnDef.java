package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A column definition. {@code notNull} records NOT NULL as written; {@code primaryKey} and
 * {@code unique} the column constraints; defaultValue is null if absent. {@code constraints}
 * holds the column's constraints as table constraints over this one column (UNIQUE, PRIMARY KEY,
 * CHECK, REFERENCES), in order. {@code identity} is 'a' (GENERATED ALWAYS AS IDENTITY), 'd' (BY
 * DEFAULT) or '\0', with the identity's sequence options. {@code generated} is the expression of
 * GENERATED ALWAYS AS (expr) STORED, or null. {@code collate} is the COLLATE clause, or null.
 */
public record ColumnDef(String name, TypeName type, boolean notNull, boolean primaryKey, boolean unique,
        Expr defaultValue, int position, List<TableConstraint> constraints, char identity,
        List<SequenceOption> identityOptions, Expr generated, CollateClause collate) {
    public ColumnDef {
        constraints = List.copyOf(constraints);
        identityOptions = List.copyOf(identityOptions);
    }

    public ColumnDef(String name, TypeName type, boolean notNull, boolean primaryKey, boolean unique,
            Expr defaultValue, int position, List<TableConstraint> constraints, char identity,
            List<SequenceOption> identityOptions, Expr generated) {
        this(name, type, notNull, primaryKey, unique, defaultValue, position, constraints, identity, identityOptions,
                generated, null);
    }

    public ColumnDef(String name, TypeName type, boolean notNull, boolean primaryKey, boolean unique,
            Expr defaultValue, int position) {
        this(name, type, notNull, primaryKey, unique, defaultValue, position, List.of(), '\0', List.of(), null);
    }

    public ColumnDef(String name, TypeName type, boolean notNull, boolean primaryKey, boolean unique,
            Expr defaultValue, int position, List<TableConstraint> constraints, char identity,
            List<SequenceOption> identityOptions) {
        this(name, type, notNull, primaryKey, unique, defaultValue, position, constraints, identity, identityOptions,
                null);
    }
}
