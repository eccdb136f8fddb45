package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DROP TYPE [IF EXISTS] name, ... [CASCADE | RESTRICT]}, or DROP DOMAIN ({@code domain}: each must be one). */
public record DropType(List<QualifiedName> names, boolean ifExists, boolean cascade, boolean domain)
        implements Statement {
    public DropType {
        names = List.copyOf(names);
    }

    public DropType(List<QualifiedName> names, boolean ifExists, boolean cascade) {
        this(names, ifExists, cascade, false);
    }
}
