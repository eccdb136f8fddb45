package io.pglitedb.sql.ast;

/**
 * A parsed expression. {@code position()} is a 0-based character offset into the whole query string
 * (PostgreSQL reports it 1-based in errors), where PostgreSQL's parse node has its location: the
 * operator for infix/postfix nodes (BinaryOp, BoolExpr, IsNull, BooleanTest, InList, Between, Like,
 * {@code x::type} casts; NOT for NOT IN/LIKE/BETWEEN), the first token for everything else. The
 * expression's first token is {@code io.pglitedb.sql.parser.ExprPositions.leftmost(expr)}.
 */
public sealed interface Expr permits Literal, ColumnRef, ParamRef, BinaryOp, UnaryOp, BoolExpr,
        NotExpr, IsNull, InList, Between, Like, FuncCall, CastExpr, CaseExpr, Star, DefaultExpr,
        BooleanTest, SubqueryExpr, WindowCall, ArrayExpr, Subscript, ArrayOpExpr, FieldSelect,
        NamedArg, GroupingSet, LimitWithTies, RowExpr, FieldStar {
    int position();
}
