package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/** IS [NOT] TRUE / FALSE / UNKNOWN: never null. */
public final class BooleanTest extends BoundExpr {
    private final BoundExpr operand;
    private final Boolean expected; // null for UNKNOWN
    private final boolean negated;

    public BooleanTest(BoundExpr operand, Boolean expected, boolean negated) {
        super(DataType.of(Types.BOOL));
        this.operand = operand;
        this.expected = expected;
        this.negated = negated;
    }

    public BoundExpr operand() {
        return operand;
    }

    /** {@code IS [NOT] TRUE|FALSE|UNKNOWN}, as written. */
    public String describe() {
        return "IS " + (negated ? "NOT " : "") + (expected == null ? "UNKNOWN" : expected ? "TRUE" : "FALSE");
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = operand.eval(row, params);
        boolean matches = expected == null ? v == null : expected.equals(v);
        return matches != negated;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(operand);
    }
}
