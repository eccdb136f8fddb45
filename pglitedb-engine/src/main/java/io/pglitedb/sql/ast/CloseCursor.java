package io.pglitedb.sql.ast;

/** {@code CLOSE name | ALL}; name is null for ALL. */
public record CloseCursor(String name) implements CursorStatement {
}
