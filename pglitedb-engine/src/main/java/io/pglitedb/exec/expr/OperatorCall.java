package io.pglitedb.exec.expr;

import io.pglitedb.types.Operator;

/** A binary or prefix operator; strict: a null operand gives null. {@code left} is null for prefix. */
public final class OperatorCall extends BoundExpr {
    private final Operator operator;
    private final BoundExpr left;
    private final BoundExpr right;
    private final String name;
    /** The operator bound to a constant right operand (see {@link Operator#bindRight}), or null. */
    private final Operator.Bound boundRight;

    public OperatorCall(Operator operator, BoundExpr left, BoundExpr right) {
        this(null, operator, left, right);
    }

    /** @param name the operator's symbol as written ({@code <=}), for EXPLAIN; null when unknown */
    public OperatorCall(String name, Operator operator, BoundExpr left, BoundExpr right) {
        super(operator.resultType());
        this.name = name;
        this.operator = operator;
        this.left = left;
        this.right = right;
        this.boundRight = left != null && operator.strict() && right instanceof Constant c && c.value() != null
                ? operator.bindRight(c.value()) : null;
    }

    /** The operator's symbol, or null when the analyser did not say. */
    public String name() {
        return name;
    }

    public Operator operator() {
        return operator;
    }

    public BoundExpr left() {
        return left;
    }

    public BoundExpr right() {
        return right;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        if (boundRight != null) {
            Object v = left.eval(row, params);
            return v == null ? null : boundRight.apply(v);
        }
        Object l = null;
        boolean strict = operator.strict();
        if (left != null) {
            l = left.eval(row, params);
            if (l == null && strict) {
                return null;
            }
        }
        Object r = right.eval(row, params);
        if (r == null && strict) {
            return null;
        }
        if (!strict && r == null && (left == null || l == null)) {
            return null;
        }
        return operator.apply(l, r);
    }

    @Override
    public boolean isRowIndependent() {
        return (left == null || left.isRowIndependent()) && right.isRowIndependent();
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
