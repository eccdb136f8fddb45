package io.pglitedb.sql.ast;

/** {@code SHOW name} ("all" for SHOW ALL); {@code SHOW TIME ZONE} is "timezone". */
public record ShowVariable(String name) implements Statement {
}
