package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.SetFunctionCall;
import io.pglitedb.sql.plan.ProjectSet;
import java.util.Iterator;

/** Runs a {@link ProjectSet}: the set-returning functions of each input row advance together. */
final class ProjectSetIterator implements RowIterator {
    private final RowIterator input;
    private final BoundExpr[] expressions;
    private final ExecContext context;
    private Object[] current;
    @SuppressWarnings("unchecked")
    private final Iterator<Object[]>[] functions;
    private final SetFunctionCall[] calls;

    @SuppressWarnings("unchecked")
    ProjectSetIterator(ProjectSet plan, RowIterator input, ExecContext context) {
        this.input = input;
        this.expressions = plan.expressions();
        this.context = context;
        this.functions = new Iterator[expressions.length];
        this.calls = new SetFunctionCall[expressions.length];
    }

    @Override
    public Object[] next() {
        while (true) {
            if (current == null) {
                Object[] in = input.next();
                if (in == null) {
                    return null;
                }
                current = in;
                for (int i = 0; i < expressions.length; i++) {
                    if (expressions[i] instanceof SetFunctionCall call) {
                        functions[i] = call.rows(in, context.params());
                        calls[i] = call;
                    }
                }
            }
            boolean any = false;
            Object[] out = new Object[expressions.length];
            for (int i = 0; i < expressions.length; i++) {
                if (functions[i] != null && functions[i].hasNext()) {
                    out[i] = calls[i].value(functions[i].next());
                    any = true;
                }
            }
            if (!any) {
                current = null;
                continue;
            }
            for (int i = 0; i < expressions.length; i++) {
                if (functions[i] == null) {
                    out[i] = expressions[i].eval(current, context.params());
                }
            }
            context.checkCancelled();
            return out;
        }
    }

    @Override
    public void close() {
        input.close();
    }
}
