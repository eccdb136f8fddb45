package io.pglitedb.sql.ast;

import java.util.List;

/** {@code ALTER TABLE [IF EXISTS] [ONLY] name action [, ...]}. */
public record AlterTable(QualifiedName table, boolean ifExists, List<AlterTableAction> actions) implements Statement {
    public AlterTable {
        actions = List.copyOf(actions);
    }
}
