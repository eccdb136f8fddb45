package io.pglitedb.sql.ast;

/** {@code operand [NOT] LIKE|ILIKE pattern [ESCAPE escape]}; escape is null when absent. */
public record Like(Expr operand, Expr pattern, Expr escape, boolean negated, boolean caseInsensitive,
        int position) implements Expr {
}
