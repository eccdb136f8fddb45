package io.pglitedb.sql.ast;

/** The keyword DEFAULT inside INSERT ... VALUES or UPDATE ... SET col = DEFAULT. */
public record DefaultExpr(int position) implements Expr {
}
