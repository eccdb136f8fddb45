package io.pglitedb.sql.ast;

/** {@code RESET name} / {@code RESET ALL} ("all"). */
public record ResetVariable(String name) implements Statement {
}
