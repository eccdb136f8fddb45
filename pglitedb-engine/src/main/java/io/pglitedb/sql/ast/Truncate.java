package io.pglitedb.sql.ast;

import java.util.List;

/** {@code TRUNCATE [TABLE] [ONLY] a, b [RESTART IDENTITY | CONTINUE IDENTITY] [CASCADE | RESTRICT]}. */
public record Truncate(List<QualifiedName> tables, boolean restartIdentity, boolean cascade) implements Statement {
    public Truncate {
        tables = List.copyOf(tables);
    }
}
