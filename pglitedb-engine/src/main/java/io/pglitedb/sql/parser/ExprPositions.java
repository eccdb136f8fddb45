package io.pglitedb.sql.parser;

import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.BooleanTest;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.sql.ast.SubqueryExpr;

/**
 * Where an expression starts. The parser places infix and postfix nodes at their operator, as
 * PostgreSQL's parse nodes do ("operator does not exist" points at the operator); errors about a
 * whole expression ("argument of WHERE must be type boolean") point at its leftmost token, which
 * is what PostgreSQL's exprLocation() computes and what this returns.
 */
public final class ExprPositions {
    private ExprPositions() {
    }

    /** The 0-based offset of the expression's first token. */
    public static int leftmost(Expr e) {
        int pos = e.position();
        Expr first = switch (e) {
            case BinaryOp b -> b.left();
            case BoolExpr b -> b.left();
            case IsNull n -> n.operand();
            case BooleanTest t -> t.operand();
            case InList i -> i.operand();
            case Between b -> b.operand();
            case Like l -> l.operand();
            case CastExpr c -> c.operand();
            case SubqueryExpr s -> s.operand();
            case io.pglitedb.sql.ast.ArrayOpExpr a -> a.operand();
            default -> null;
        };
        if (first == null) {
            return pos;
        }
        return Math.min(pos, leftmost(first));
    }
}
