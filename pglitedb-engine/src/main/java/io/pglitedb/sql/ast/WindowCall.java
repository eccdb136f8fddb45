package io.pglitedb.sql.ast;

/** {@code f(args) OVER window}: a window function or an aggregate used as one. position is the call's. */
public record WindowCall(FuncCall call, WindowSpec window, int position) implements Expr {
}
