package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code VACUUM [(options)] [FULL] [FREEZE] [VERBOSE] [ANALYZE] [tables]}, {@code ANALYZE [VERBOSE]
 * [tables]}, {@code CHECKPOINT}: accepted; tables is empty for "all tables".
 */
public record Maintenance(Kind kind, List<QualifiedName> tables) implements Statement {
    public enum Kind { VACUUM, VACUUM_ANALYZE, ANALYZE, CHECKPOINT }

    public Maintenance {
        tables = List.copyOf(tables);
    }
}
