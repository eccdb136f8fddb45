package io.pglitedb.sql.ast;

import java.util.List;

/**
 * LOCK [TABLE] [ONLY] name [*] [, ...] [IN mode MODE] [NOWAIT]. mode is the lock mode's words
 * in upper case ("ACCESS EXCLUSIVE" when not written).
 */
public record LockTable(List<QualifiedName> tables, String mode, boolean nowait) implements Statement {
    public LockTable {
        tables = List.copyOf(tables);
    }
}
