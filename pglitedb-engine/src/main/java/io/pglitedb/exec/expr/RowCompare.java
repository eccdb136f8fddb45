package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Types;

/**
 * A comparison of two row constructors, pair by pair, as PostgreSQL expands it: {@code =} is the
 * AND of the pairs' {@code =}, {@code <>} the OR of their {@code <>}; {@code < <= > >=} are decided
 * by the first pair that is not equal (NULL when that pair has a NULL); IS [NOT] DISTINCT FROM
 * compares NULLs as values.
 */
public final class RowCompare extends BoundExpr {
    public enum Kind { ALL, ANY, ORDER, DISTINCT, NOT_DISTINCT }

    private final Kind kind;
    private final Operator[] operators;
    private final Operator[] equals;
    private final BoundExpr[] left;
    private final BoundExpr[] right;

    /** @param equals the pairs' = operators (used by ORDER, DISTINCT and NOT_DISTINCT) */
    public RowCompare(Kind kind, Operator[] operators, Operator[] equals, BoundExpr[] left, BoundExpr[] right) {
        super(DataType.of(Types.BOOL));
        this.kind = kind;
        this.operators = operators.clone();
        this.equals = equals.clone();
        this.left = left.clone();
        this.right = right.clone();
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        int n = left.length;
        switch (kind) {
            case ALL, ANY -> {
                boolean sawNull = false;
                boolean decisive = kind == Kind.ANY;
                for (int i = 0; i < n; i++) {
                    Object r = apply(operators[i], left[i].eval(row, params), right[i].eval(row, params));
                    if (r == null) {
                        sawNull = true;
                    } else if ((Boolean) r == decisive) {
                        return decisive;
                    }
                }
                return sawNull ? null : !decisive;
            }
            case ORDER -> {
                for (int i = 0; i < n; i++) {
                    Object l = left[i].eval(row, params);
                    Object r = right[i].eval(row, params);
                    if (l == null || r == null) {
                        return null;
                    }
                    if (i == n - 1 || !Boolean.TRUE.equals(equals[i].apply(l, r))) {
                        return operators[i].apply(l, r);
                    }
                }
                return null;
            }
            default -> {
                boolean distinct = false;
                for (int i = 0; i < n && !distinct; i++) {
                    Object l = left[i].eval(row, params);
                    Object r = right[i].eval(row, params);
                    if (l == null || r == null) {
                        distinct = l != r;
                    } else {
                        distinct = !Boolean.TRUE.equals(equals[i].apply(l, r));
                    }
                }
                return kind == Kind.DISTINCT ? distinct : !distinct;
            }
        }
    }

    private static Object apply(Operator op, Object l, Object r) {
        if ((l == null || r == null) && op.strict()) {
            return null;
        }
        return op.apply(l, r);
    }

    @Override
    public boolean isRowIndependent() {
        for (int i = 0; i < left.length; i++) {
            if (!left[i].isRowIndependent() || !right[i].isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, left) && addAll(out, right);
    }
}
