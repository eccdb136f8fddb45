package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DROP TYPE [IF EXISTS] name, ... [CASCADE | RESTRICT]}. */
public record DropType(List<QualifiedName> names, boolean ifExists, boolean cascade) implements Statement {
    public DropType {
        names = List.copyOf(names);
    }
}
