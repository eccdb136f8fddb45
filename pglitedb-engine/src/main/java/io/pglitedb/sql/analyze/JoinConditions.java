package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WHERE terms for planning joins. A term common to every branch of an OR is implied by it
 * ({@code (a = b AND x) OR (a = b AND y)} implies {@code a = b}), so it is added as one more term
 * (PostgreSQL does the same): it may then become a hash join key or a filter of one table. The
 * whole WHERE is still applied, so the added terms only narrow what is read early.
 */
final class JoinConditions {
    private JoinConditions() {
    }

    static List<Expr> withImpliedTerms(List<Expr> conjuncts) {
        List<Expr> out = null;
        for (Expr term : conjuncts) {
            if (term instanceof BoolExpr b && b.op() == BoolExpr.Op.OR) {
                List<Expr> common = commonTerms(b);
                if (!common.isEmpty()) {
                    if (out == null) {
                        out = new ArrayList<>(conjuncts);
                    }
                    out.addAll(common);
                }
            }
        }
        return out == null ? conjuncts : out;
    }

    private static List<Expr> commonTerms(BoolExpr or) {
        List<Expr> branches = new ArrayList<>();
        disjuncts(or, branches);
        Map<String, Expr> common = null;
        for (Expr branch : branches) {
            Map<String, Expr> terms = new LinkedHashMap<>();
            for (Expr t : ExprTrees.conjuncts(branch)) {
                terms.putIfAbsent(SqlText.of(t), t);
            }
            if (common == null) {
                common = terms;
            } else {
                common.keySet().retainAll(terms.keySet());
            }
            if (common.isEmpty()) {
                return List.of();
            }
        }
        return new ArrayList<>(common.values());
    }

    static void disjuncts(Expr e, List<Expr> out) {
        if (e instanceof BoolExpr b && b.op() == BoolExpr.Op.OR) {
            disjuncts(b.left(), out);
            disjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }
}
