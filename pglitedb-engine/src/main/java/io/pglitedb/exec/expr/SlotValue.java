package io.pglitedb.exec.expr;

import io.pglitedb.exec.ExecContext;
import io.pglitedb.types.DataType;

/**
 * A value set by an enclosing operator before it runs the plan this expression is in: an outer
 * query's column in a correlated subquery, a left-hand column in a LATERAL item, or the tested
 * operand of {@code x IN (subquery)} (PostgreSQL's PARAM_EXEC).
 */
public final class SlotValue extends BoundExpr {
    private final int slot;

    public SlotValue(DataType type, int slot) {
        super(type);
        this.slot = slot;
    }

    public int slot() {
        return slot;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        return ExecContext.of(params).slot(slot);
    }

    @Override
    public boolean isRowIndependent() {
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return true;
    }
}
