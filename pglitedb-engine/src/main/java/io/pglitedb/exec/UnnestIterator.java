package io.pglitedb.exec;

import io.pglitedb.sql.plan.Unnest;
import io.pglitedb.types.ArrayValue;

/** Emits the elements of unnest's arrays side by side (NULL where an array is shorter or NULL). */
final class UnnestIterator implements RowIterator {
    private static final Object[] EMPTY = new Object[0];
    private final ArrayValue[] arrays;
    private final boolean ordinality;
    private final int rows;
    private int next;

    UnnestIterator(Unnest plan, ExecContext context) {
        arrays = new ArrayValue[plan.arrays().length];
        int max = 0;
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = (ArrayValue) plan.arrays()[i].eval(EMPTY, context.params());
            if (arrays[i] != null) {
                max = Math.max(max, arrays[i].size());
            }
        }
        ordinality = plan.ordinality();
        rows = max;
    }

    @Override
    public Object[] next() {
        if (next >= rows) {
            return null;
        }
        Object[] row = new Object[arrays.length + (ordinality ? 1 : 0)];
        for (int i = 0; i < arrays.length; i++) {
            ArrayValue a = arrays[i];
            row[i] = a != null && next < a.size() ? a.element(next) : null;
        }
        if (ordinality) {
            row[arrays.length] = (long) next + 1;
        }
        next++;
        return row;
    }
}
