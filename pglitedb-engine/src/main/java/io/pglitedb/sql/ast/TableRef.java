package io.pglitedb.sql.ast;

/** A table in FROM: {@code name [[AS] alias]}; alias null when not written. */
public record TableRef(QualifiedName name, String alias, int position) implements FromItem {
}
