package io.pglitedb.sql.ast;

/**
 * A parsed expression. {@code position()} is the 0-based character offset of the expression's
 * first token in the whole query string (PostgreSQL reports it 1-based in errors).
 */
public sealed interface Expr permits Literal, ColumnRef, ParamRef, BinaryOp, UnaryOp, BoolExpr,
        NotExpr, IsNull, InList, Between, Like, FuncCall, CastExpr, CaseExpr, Star, DefaultExpr,
        BooleanTest {
    int position();
}
