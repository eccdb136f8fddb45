package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CASE [operand] WHEN ... THEN ... [ELSE ...] END}; operand is null for the searched form,
 * elseResult null when absent.
 */
public record CaseExpr(Expr operand, List<When> whens, Expr elseResult, int position) implements Expr {
    public CaseExpr {
        whens = List.copyOf(whens);
    }

    public record When(Expr condition, Expr result) {
    }
}
