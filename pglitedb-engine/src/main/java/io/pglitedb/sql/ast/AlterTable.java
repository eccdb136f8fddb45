package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code ALTER TABLE [IF EXISTS] [ONLY] name action [, ...]}.
 *
 * @param only ONLY: column and constraint changes stay on this table (else they recurse to its children)
 */
public record AlterTable(QualifiedName table, boolean ifExists, List<AlterTableAction> actions, boolean only)
        implements Statement {
    public AlterTable {
        actions = List.copyOf(actions);
    }

    public AlterTable(QualifiedName table, boolean ifExists, List<AlterTableAction> actions) {
        this(table, ifExists, actions, false);
    }
}
