package io.pglitedb.sql.ast;

import java.util.List;

/**
 * FOR UPDATE | NO KEY UPDATE | SHARE | KEY SHARE [OF table, ...] [NOWAIT | SKIP LOCKED].
 * strength is the words after FOR ("UPDATE", "NO KEY UPDATE", "SHARE", "KEY SHARE");
 * waitPolicy is null, "NOWAIT" or "SKIP LOCKED"; of is empty when not written.
 */
public record LockingClause(String strength, List<QualifiedName> of, String waitPolicy, int position) {
    public LockingClause {
        of = List.copyOf(of);
    }
}
