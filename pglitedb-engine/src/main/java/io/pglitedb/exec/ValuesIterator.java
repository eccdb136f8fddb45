package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.ValuesScan;
import java.util.List;

/** Evaluates the rows of a VALUES list one at a time. */
final class ValuesIterator implements RowIterator {
    private static final Object[] EMPTY = new Object[0];
    private final List<BoundExpr[]> rows;
    private final ExecContext context;
    private int next;

    ValuesIterator(ValuesScan values, ExecContext context) {
        this.rows = values.rows();
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (next >= rows.size()) {
            return null;
        }
        BoundExpr[] cells = rows.get(next++);
        Object[] row = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i].eval(EMPTY, context.params());
        }
        return row;
    }
}
