package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/**
 * An analysed, typed expression, ready to evaluate against a row. Built by the analyser; the tree
 * is immutable and shared by every execution of a prepared statement.
 *
 * <p>{@code row} is the current input row (column values by index), {@code params} the bound
 * parameter values ($1 is params[0]). SQL NULL is Java null.
 */
public abstract class BoundExpr {
    private final DataType type;

    protected BoundExpr(DataType type) {
        this.type = type;
    }

    public final DataType type() {
        return type;
    }

    public abstract Object eval(Object[] row, Object[] params);

    /** True when the value depends on neither the row nor the parameters. */
    public boolean isConstant() {
        return false;
    }

    /** True when the value does not depend on the row (constants and parameters). */
    public boolean isRowIndependent() {
        return isConstant();
    }
}
