package io.pglitedb.sql.ast;

/**
 * {@code REINDEX [(VERBOSE, CONCURRENTLY ...)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY]
 * [name]}; name is null for DATABASE/SYSTEM without one. Indexes are always maintained with their
 * table, so rebuilding has nothing to repair: the command checks its target as PostgreSQL does.
 */
public record Reindex(Kind kind, QualifiedName name, boolean concurrently, boolean verbose) implements Statement {
    public enum Kind { INDEX, TABLE, SCHEMA, DATABASE, SYSTEM }
}
