package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/** Three-valued OR: true wins over null, null over false. */
public final class LogicalOr extends BoundExpr {
    private final BoundExpr[] terms;

    public LogicalOr(BoundExpr... terms) {
        super(DataType.of(Types.BOOL));
        this.terms = terms;
    }

    public BoundExpr[] terms() {
        return terms;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        boolean sawNull = false;
        for (BoundExpr term : terms) {
            Object v = term.eval(row, params);
            if (v == null) {
                sawNull = true;
            } else if ((Boolean) v) {
                return Boolean.TRUE;
            }
        }
        return sawNull ? null : Boolean.FALSE;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, terms);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(terms);
    }
}
