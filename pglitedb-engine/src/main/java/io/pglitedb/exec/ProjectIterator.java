package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;

/** Computes the output columns for each input row (a new array per row: callers may keep rows). */
final class ProjectIterator implements RowIterator {
    private final RowIterator input;
    private final BoundExpr[] expressions;
    private final ExecContext context;

    ProjectIterator(RowIterator input, BoundExpr[] expressions, ExecContext context) {
        this.input = input;
        this.expressions = expressions;
        this.context = context;
    }

    @Override
    public Object[] next() {
        Object[] in = input.next();
        if (in == null) {
            return null;
        }
        Object[] out = new Object[expressions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = expressions[i].eval(in, context.params());
        }
        return out;
    }

    @Override
    public void close() {
        input.close();
    }
}
