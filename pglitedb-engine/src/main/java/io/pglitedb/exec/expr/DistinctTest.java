package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Types;

/**
 * {@code a IS [NOT] DISTINCT FROM b}: the type's = operator, with NULL equal to NULL and unequal to
 * any value; never NULL.
 */
public final class DistinctTest extends BoundExpr {
    private final Operator equals;
    private final BoundExpr left;
    private final BoundExpr right;
    private final boolean negated;

    /** @param negated IS NOT DISTINCT FROM */
    public DistinctTest(Operator equals, BoundExpr left, BoundExpr right, boolean negated) {
        super(DataType.of(Types.BOOL));
        this.equals = equals;
        this.left = left;
        this.right = right;
        this.negated = negated;
    }

    public BoundExpr left() {
        return left;
    }

    public BoundExpr right() {
        return right;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object l = left.eval(row, params);
        Object r = right.eval(row, params);
        boolean distinct;
        if (l == null || r == null) {
            distinct = l != r;
        } else {
            distinct = !Boolean.TRUE.equals(equals.apply(l, r));
        }
        return distinct != negated;
    }

    @Override
    public boolean isRowIndependent() {
        return left.isRowIndependent() && right.isRowIndependent();
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, left, right);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(left, right);
    }
}
