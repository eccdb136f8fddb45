package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.List;

/**
 * A value becoming a domain's (PostgreSQL's CoerceToDomain): the operand's value of the base type,
 * checked against the domain's NOT NULL (23502) and its CHECK constraints in order (23514; a
 * condition that is NULL passes). Each condition reads the value as its only input column (VALUE).
 */
public final class DomainCheck extends BoundExpr {
    /** A CHECK constraint bound over the one-column row {VALUE}, or the domain's NOT NULL ({@link #NOT_NULL}). */
    public record Condition(String name, BoundExpr check) {
        public static final Condition NOT_NULL = new Condition("NOT NULL", null);
    }

    private final BoundExpr operand;
    private final String domain;
    private final Condition[] conditions;

    public DomainCheck(BoundExpr operand, String domain, List<Condition> conditions) {
        super(operand.type());
        this.operand = operand;
        this.domain = domain;
        this.conditions = conditions.toArray(new Condition[0]);
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = operand.eval(row, params);
        Object[] value = null;
        for (Condition c : conditions) {
            if (c.check() == null) {
                if (v == null) {
                    throw new PgException(SqlState.NOT_NULL_VIOLATION, "domain %s does not allow null values", domain);
                }
                continue;
            }
            if (value == null) {
                value = new Object[] {v};
            }
            if (Boolean.FALSE.equals(c.check().eval(value, params))) {
                throw new PgException(SqlState.CHECK_VIOLATION,
                        "value for domain %s violates check constraint \"%s\"", domain, c.name());
            }
        }
        return v;
    }

    @Override
    public boolean isRowIndependent() {
        return operand.isRowIndependent();
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand);
    }
}
