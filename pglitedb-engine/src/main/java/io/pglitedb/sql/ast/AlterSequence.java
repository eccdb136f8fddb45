package io.pglitedb.sql.ast;

import java.util.List;

/** {@code ALTER SEQUENCE [IF EXISTS] name options} or {@code ... RENAME TO newName} (renameTo non-null). */
public record AlterSequence(QualifiedName name, boolean ifExists, List<SequenceOption> options, String renameTo)
        implements Statement {
    public AlterSequence {
        options = List.copyOf(options);
    }
}
