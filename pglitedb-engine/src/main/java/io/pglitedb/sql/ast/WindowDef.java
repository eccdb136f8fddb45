package io.pglitedb.sql.ast;

/** {@code name AS (window)} in a SELECT's WINDOW clause. */
public record WindowDef(String name, WindowSpec spec, int position) {
}
