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
    private final SetFunctionCall[] nested;
    private final Iterator<Object[]>[] nestedRows;

    @SuppressWarnings("unchecked")
    ProjectSetIterator(ProjectSet plan, RowIterator input, ExecContext context) {
        this.input = input;
        this.expressions = plan.expressions();
        this.context = context;
        this.functions = new Iterator[expressions.length];
        this.calls = new SetFunctionCall[expressions.length];
        this.nested = plan.nested();
        this.nestedRows = new Iterator[nested.length];
    }

    @Override
    public Object[] next() {
        return nested.length > 0 ? nextNested() : nextTopLevel();
    }

    /** Functions nested in expressions: their values extend the input row, then every expression is evaluated. */
    private Object[] nextNested() {
        while (true) {
            if (current == null) {
                Object[] in = input.next();
                if (in == null) {
                    return null;
                }
                current = in;
                for (int k = 0; k < nested.length; k++) {
                    nestedRows[k] = nested[k].rows(in, context.params());
                }
            }
            boolean any = false;
            Object[] extended = java.util.Arrays.copyOf(current, current.length + nested.length);
            for (int k = 0; k < nested.length; k++) {
                if (nestedRows[k].hasNext()) {
                    extended[extended.length - 1 - k] = nested[k].value(nestedRows[k].next());
                    any = true;
                }
            }
            if (!any) {
                current = null;
                continue;
            }
            Object[] out = new Object[expressions.length];
            for (int i = 0; i < expressions.length; i++) {
                out[i] = expressions[i].eval(extended, context.params());
            }
            context.checkCancelled();
            return out;
        }
    }

    private Object[] nextTopLevel() {
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
