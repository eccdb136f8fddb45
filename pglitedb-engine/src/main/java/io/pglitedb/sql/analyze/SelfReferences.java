package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.CommonTableExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.SubqueryRef;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.ast.Values;
import io.pglitedb.sql.ast.WithQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a query names a WITH query as a table (PostgreSQL checks the shape of recursion by syntax):
 * each method returns the 0-based positions of the references it looks for.
 */
final class SelfReferences {
    private SelfReferences() {
    }

    /** Every reference, at any depth. */
    static List<Integer> all(Query query, String name) {
        List<Integer> out = new ArrayList<>();
        query(query, name, out, Mode.ALL);
        return out;
    }

    /** References inside subqueries (in FROM or in expressions) and nested WITH queries. */
    static List<Integer> inSubqueries(Query query, String name) {
        List<Integer> out = new ArrayList<>();
        query(query, name, out, Mode.NESTED_ONLY);
        return out;
    }

    /** References on the nullable side of an outer join (top-level FROM clauses only). */
    static List<Integer> inOuterJoins(Query query, String name) {
        List<Integer> out = new ArrayList<>();
        if (query instanceof Select s) {
            for (FromItem f : s.from()) {
                outerJoins(f, name, false, out);
            }
        } else if (query instanceof SetOperation o) {
            out.addAll(inOuterJoins(o.left(), name));
            out.addAll(inOuterJoins(o.right(), name));
        }
        return out;
    }

    private enum Mode { ALL, NESTED_ONLY }

    private static void query(Query query, String name, List<Integer> out, Mode mode) {
        switch (query) {
            case Select s -> {
                for (FromItem f : s.from()) {
                    from(f, name, out, mode);
                }
                List<Expr> exprs = new ArrayList<>();
                for (SelectItem i : s.items()) {
                    exprs.add(i.expr());
                }
                for (OrderItem o : s.orderBy()) {
                    exprs.add(o.expr());
                }
                exprs.addAll(s.groupBy());
                if (s.where() != null) {
                    exprs.add(s.where());
                }
                if (s.having() != null) {
                    exprs.add(s.having());
                }
                for (Expr e : exprs) {
                    expr(e, name, out);
                }
            }
            case Values v -> {
                for (List<Expr> row : v.rows()) {
                    for (Expr e : row) {
                        expr(e, name, out);
                    }
                }
            }
            case SetOperation o -> {
                query(o.left(), name, out, mode);
                query(o.right(), name, out, mode);
            }
            case WithQuery w -> {
                for (CommonTableExpr c : w.ctes()) {
                    if (c.name().equals(name)) {
                        return; // shadowed
                    }
                }
                for (CommonTableExpr c : w.ctes()) {
                    if (c.query() != null) {
                        query(c.query(), name, out, Mode.ALL);
                    }
                }
                query(w.body(), name, out, mode);
            }
        }
    }

    private static void from(FromItem item, String name, List<Integer> out, Mode mode) {
        switch (item) {
            case TableRef t -> {
                if (mode == Mode.ALL && t.name().schema() == null && t.name().name().equals(name)) {
                    out.add(t.position());
                }
            }
            case FunctionRef f -> {
            }
            case SubqueryRef s -> query(s.query(), name, out, Mode.ALL);
            case JoinExpr j -> {
                from(j.left(), name, out, mode);
                from(j.right(), name, out, mode);
                if (j.on() != null) {
                    expr(j.on(), name, out);
                }
            }
        }
    }

    private static void expr(Expr e, String name, List<Integer> out) {
        if (e instanceof SubqueryExpr s) {
            query(s.query(), name, out, Mode.ALL);
        }
        for (Expr child : ExprTrees.children(e)) {
            expr(child, name, out);
        }
    }

    private static void outerJoins(FromItem item, String name, boolean nullable, List<Integer> out) {
        if (item instanceof TableRef t) {
            if (nullable && t.name().schema() == null && t.name().name().equals(name)) {
                out.add(t.position());
            }
        } else if (item instanceof JoinExpr j) {
            boolean leftNullable = nullable || j.type() == JoinExpr.Type.RIGHT || j.type() == JoinExpr.Type.FULL;
            boolean rightNullable = nullable || j.type() == JoinExpr.Type.LEFT || j.type() == JoinExpr.Type.FULL;
            outerJoins(j.left(), name, leftNullable, out);
            outerJoins(j.right(), name, rightNullable, out);
        }
    }
}
