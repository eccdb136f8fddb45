package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DROP SEQUENCE | INDEX [CONCURRENTLY] | VIEW | MATERIALIZED VIEW [IF EXISTS] a, b [CASCADE | RESTRICT]}. */
public record DropObjects(Kind kind, List<QualifiedName> names, boolean ifExists, boolean cascade)
        implements Statement {
    public enum Kind { SEQUENCE, INDEX, VIEW, MATERIALIZED_VIEW }

    public DropObjects {
        names = List.copyOf(names);
    }
}
