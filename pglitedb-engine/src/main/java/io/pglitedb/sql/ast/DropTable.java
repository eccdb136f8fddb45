package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DROP TABLE [IF EXISTS] a, b [CASCADE | RESTRICT]}. */
public record DropTable(List<QualifiedName> names, boolean ifExists, boolean cascade) implements Statement {
    public DropTable {
        names = List.copyOf(names);
    }
}
