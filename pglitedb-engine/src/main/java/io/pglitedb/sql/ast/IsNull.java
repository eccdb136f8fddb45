package io.pglitedb.sql.ast;

/** {@code operand IS [NOT] NULL} (also ISNULL / NOTNULL). */
public record IsNull(Expr operand, boolean negated, int position) implements Expr {
}
