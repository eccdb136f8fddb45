package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/**
 * GREATEST(a, b, ...) and LEAST(a, b, ...): the largest or smallest non-null argument in the
 * type's sort order; null only when every argument is null (PostgreSQL's MinMaxExpr).
 */
public final class GreatestLeast extends BoundExpr {
    private final BoundExpr[] args;
    private final boolean greatest;

    public GreatestLeast(DataType type, BoundExpr[] args, boolean greatest) {
        super(type);
        this.args = args;
        this.greatest = greatest;
    }

    public BoundExpr[] args() {
        return args;
    }

    public boolean greatest() {
        return greatest;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object best = null;
        for (BoundExpr arg : args) {
            Object v = arg.eval(row, params);
            if (v == null) {
                continue;
            }
            if (best == null) {
                best = v;
                continue;
            }
            int c = type().type().compare(v, best);
            if (greatest ? c > 0 : c < 0) {
                best = v;
            }
        }
        return best;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, args);
    }
}
