package io.pglitedb.sql.ast;

/** {@code CAST(operand AS type)}, {@code operand::type}, or {@code type 'literal'}. */
public record CastExpr(Expr operand, TypeName type, int position) implements Expr {
}
