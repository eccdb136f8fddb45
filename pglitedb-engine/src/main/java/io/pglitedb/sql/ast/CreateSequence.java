package io.pglitedb.sql.ast;

import java.util.List;

/** {@code CREATE SEQUENCE [IF NOT EXISTS] name [options]}. */
public record CreateSequence(QualifiedName name, boolean ifNotExists, List<SequenceOption> options)
        implements Statement {
    public CreateSequence {
        options = List.copyOf(options);
    }
}
