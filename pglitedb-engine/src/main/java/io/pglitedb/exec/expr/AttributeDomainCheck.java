package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import java.util.BitSet;

/**
 * A row value becoming a composite type's whose attributes are declared with domains: each such
 * field is checked by its domain's {@link DomainCheck}, which reads the field as its only input
 * column (as PostgreSQL coerces each field to the attribute's domain, and record_in calls domain_in).
 */
public final class AttributeDomainCheck extends BoundExpr {
    private final BoundExpr operand;
    private final int[] fields;
    private final BoundExpr[] checks;
    private final int position;

    /**
     * @param checks one per entry of {@code fields}: the domain's check over the one-column row {field}
     * @param position the 0-based position a failed check's error points at, -1 for none
     */
    public AttributeDomainCheck(BoundExpr operand, int[] fields, BoundExpr[] checks, int position) {
        super(operand.type());
        this.operand = operand;
        this.fields = fields.clone();
        this.checks = checks.clone();
        this.position = position;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = operand.eval(row, params);
        if (v instanceof Object[] values) {
            try {
                for (int i = 0; i < fields.length; i++) {
                    checks[i].eval(new Object[] {values[fields[i]]}, params);
                }
            } catch (PgException e) {
                throw position < 0 ? e : e.withPositionIfAbsent(position + 1);
            }
        }
        return v;
    }

    @Override
    public boolean isRowIndependent() {
        return operand.isRowIndependent();
    }

    @Override
    public boolean addColumns(BitSet out) {
        return addAll(out, operand);
    }
}
