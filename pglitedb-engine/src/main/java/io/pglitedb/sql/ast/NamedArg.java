package io.pglitedb.sql.ast;

/** A function argument in named notation: {@code name => value} (or the older {@code name := value}). */
public record NamedArg(String name, Expr value, int position) implements Expr {
}
