package io.pglitedb.sql.ast;

import java.util.List;

/** {@code EXECUTE name [(expression, ...)]}: runs a statement prepared by PREPARE. */
public record ExecutePrepared(String name, List<Expr> arguments, int position) implements Statement {
}
