package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DROP SEQUENCE | INDEX [CONCURRENTLY] [IF EXISTS] a, b [CASCADE | RESTRICT]}. */
public record DropObjects(Kind kind, List<QualifiedName> names, boolean ifExists, boolean cascade)
        implements Statement {
    public enum Kind { SEQUENCE, INDEX }

    public DropObjects {
        names = List.copyOf(names);
    }
}
