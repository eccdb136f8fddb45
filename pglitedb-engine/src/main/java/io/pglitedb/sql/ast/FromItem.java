package io.pglitedb.sql.ast;

/** An item of a FROM list. */
public sealed interface FromItem permits TableRef, FunctionRef, JoinExpr, SubqueryRef {
    int position();
}
