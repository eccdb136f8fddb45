package io.pglitedb.sql.ast;

/** {@code DISCARD ALL | PLANS | SEQUENCES | TEMP}: drops session state (what connection poolers reset). */
public record Discard(Kind kind) implements Statement {
    public enum Kind { ALL, PLANS, SEQUENCES, TEMP }
}
