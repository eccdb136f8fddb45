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

    /**
     * Adds the indexes of the input columns the expression reads to {@code out}; false when it
     * cannot tell, and then a caller must assume it reads every column. (A subquery's own plan is
     * not an input: only the values it takes from the row, its arguments, count.)
     */
    public boolean addColumns(java.util.BitSet out) {
        return false;
    }

    /** {@link #addColumns} over several expressions (nulls skipped). */
    protected static boolean addAll(java.util.BitSet out, BoundExpr... exprs) {
        if (exprs == null) {
            return true;
        }
        for (BoundExpr e : exprs) {
            if (e != null && !e.addColumns(out)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isRowIndependent} of every one of several expressions. */
    protected static boolean allRowIndependent(BoundExpr... exprs) {
        for (BoundExpr e : exprs) {
            if (!e.isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@link #eval} may run on a scan worker thread, concurrently with other rows'
     * evaluations: built-in operators and tests over columns, constants and parameters only. False
     * (the default) for anything that runs a query, calls a function (user-defined ones run SQL,
     * volatile ones must run in order) or reads session state beyond the date/time and output
     * settings a worker inherits ({@link io.pglitedb.types.ThreadSettings}).
     */
    public boolean isParallelSafe() {
        return false;
    }

    /** {@link #isParallelSafe} of every one of several expressions (nulls skipped). */
    public static boolean allParallelSafe(BoundExpr... exprs) {
        for (BoundExpr e : exprs) {
            if (e != null && !e.isParallelSafe()) {
                return false;
            }
        }
        return true;
    }

    /** True when the value does not depend on the row (constants and parameters). */
    public boolean isRowIndependent() {
        return isConstant();
    }
}
