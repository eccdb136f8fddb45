package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DROP SCHEMA [IF EXISTS] a, b [CASCADE | RESTRICT]}. */
public record DropSchema(List<String> names, boolean ifExists, boolean cascade) implements Statement {
    public DropSchema {
        names = List.copyOf(names);
    }
}
