package io.pglitedb.exec.expr;

import io.pglitedb.functions.TableFunction;
import java.util.Iterator;

/**
 * A set-returning function in a SELECT list ({@code SELECT jsonb_array_elements(j) FROM t}): only a
 * ProjectSet evaluates it, one output row per value ({@link #rows}); it has no single value.
 */
public final class SetFunctionCall extends BoundExpr {
    private final TableFunction function;
    private final BoundExpr[] args;

    public SetFunctionCall(TableFunction function, BoundExpr[] args) {
        super(function.columnTypes().get(0));
        this.function = function;
        this.args = args;
    }

    public TableFunction function() {
        return function;
    }

    /** The function's values for the current row (the first column of each of its rows). */
    public Iterator<Object[]> rows(Object[] row, Object[] params) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(row, params);
        }
        return function.rows(values);
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        throw new IllegalStateException("set-returning function " + function.name() + " evaluated outside ProjectSet");
    }
}
