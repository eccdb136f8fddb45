package io.pglitedb.sql.analyze;

import io.pglitedb.functions.Functions;
import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.BooleanTest;
import io.pglitedb.sql.ast.CaseExpr;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.sql.ast.NotExpr;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.UnaryOp;
import io.pglitedb.sql.ast.WindowCall;
import java.util.ArrayList;
import java.util.List;

/** Walks parsed expression trees. */
final class ExprTrees {
    private ExprTrees() {
    }

    static List<Expr> children(Expr expr) {
        List<Expr> out = new ArrayList<>(4);
        switch (expr) {
            case BinaryOp b -> {
                out.add(b.left());
                out.add(b.right());
            }
            case UnaryOp u -> out.add(u.operand());
            case BoolExpr b -> {
                out.add(b.left());
                out.add(b.right());
            }
            case NotExpr n -> out.add(n.operand());
            case IsNull n -> out.add(n.operand());
            case BooleanTest b -> out.add(b.operand());
            case InList in -> {
                out.add(in.operand());
                out.addAll(in.values());
            }
            case Between b -> {
                out.add(b.operand());
                out.add(b.low());
                out.add(b.high());
            }
            case Like l -> {
                out.add(l.operand());
                out.add(l.pattern());
                if (l.escape() != null) {
                    out.add(l.escape());
                }
            }
            case FuncCall f -> {
                out.addAll(f.args());
                for (io.pglitedb.sql.ast.OrderItem o : f.order()) {
                    out.add(o.expr());
                }
                if (f.filter() != null) {
                    out.add(f.filter());
                }
            }
            case CastExpr c -> out.add(c.operand());
            case WindowCall w -> {
                // the call's arguments and the window's expressions, not the call: a window
                // aggregate is not an aggregate of the query
                out.addAll(w.call().args());
                if (w.call().filter() != null) {
                    out.add(w.call().filter());
                }
                out.addAll(w.window().partitionBy());
                for (io.pglitedb.sql.ast.OrderItem o : w.window().orderBy()) {
                    out.add(o.expr());
                }
            }
            case SubqueryExpr s -> {
                if (s.operand() != null) {
                    out.add(s.operand()); // the query itself is its own level
                }
            }
            case io.pglitedb.sql.ast.ArrayExpr a -> out.addAll(a.elements());
            case io.pglitedb.sql.ast.RowExpr r -> out.addAll(r.fields());
            case io.pglitedb.sql.ast.ArrayOpExpr a -> {
                out.add(a.operand());
                out.add(a.array());
            }
            case io.pglitedb.sql.ast.FieldSelect f -> out.add(f.arg());
            case io.pglitedb.sql.ast.FieldStar f -> out.add(f.arg());
            case io.pglitedb.sql.ast.Subscript s -> {
                out.add(s.base());
                for (io.pglitedb.sql.ast.Subscript.Index i : s.indexes()) {
                    if (i.lower() != null) {
                        out.add(i.lower());
                    }
                    if (i.upper() != null) {
                        out.add(i.upper());
                    }
                }
            }
            case CaseExpr c -> {
                if (c.operand() != null) {
                    out.add(c.operand());
                }
                for (CaseExpr.When w : c.whens()) {
                    out.add(w.condition());
                    out.add(w.result());
                }
                if (c.elseResult() != null) {
                    out.add(c.elseResult());
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** The first aggregate call in the tree (not looking inside aggregates), or null. */
    static FuncCall findAggregate(Expr expr) {
        return findAggregate(expr, null);
    }

    /** The first aggregate call in the tree, user-defined aggregates visible in {@code context} included. */
    static FuncCall findAggregate(Expr expr, AnalyzerContext context) {
        if (expr instanceof FuncCall f && (isGrouping(f) || UserAggregates.isAggregate(f, context))) {
            return f;
        }
        for (Expr child : children(expr)) {
            FuncCall found = findAggregate(child, context);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** GROUPING(...): parsed as a call, bound by the GROUP BY binder like an aggregate. */
    static boolean isGrouping(FuncCall f) {
        return f.name().equals("grouping") && !f.star() && !f.distinct() && f.order().isEmpty() && f.filter() == null;
    }

    /** The first window function call in the tree, or null. */
    static WindowCall findWindowCall(Expr expr) {
        if (expr instanceof WindowCall w) {
            return w;
        }
        for (Expr child : children(expr)) {
            WindowCall found = findWindowCall(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Splits a condition into its AND-ed terms. */
    static List<Expr> conjuncts(Expr expr) {
        List<Expr> out = new ArrayList<>();
        addConjuncts(expr, out);
        return out;
    }

    private static void addConjuncts(Expr expr, List<Expr> out) {
        if (expr instanceof BoolExpr b && b.op() == BoolExpr.Op.AND) {
            addConjuncts(b.left(), out);
            addConjuncts(b.right(), out);
        } else {
            out.add(expr);
        }
    }
}
