package io.pglitedb.exec.expr;

import io.pglitedb.functions.ScalarFunction;

/** A call of a built-in scalar function. */
public final class FunctionCall extends BoundExpr {
    private final ScalarFunction function;
    private final BoundExpr[] args;

    public FunctionCall(ScalarFunction function, BoundExpr[] args) {
        super(function.resultType());
        this.function = function;
        this.args = args;
    }

    public io.pglitedb.functions.ScalarFunction function() {
        return function;
    }

    public BoundExpr[] args() {
        return args;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object v = args[i].eval(row, params);
            if (v == null && function.strict()) {
                return null;
            }
            values[i] = v;
        }
        return function.apply(values);
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, args);
    }
}
