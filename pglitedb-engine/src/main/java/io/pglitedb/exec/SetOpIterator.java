package io.pglitedb.exec;

import io.pglitedb.sql.plan.SetOp;
import java.util.HashMap;
import java.util.Map;

/**
 * INTERSECT / EXCEPT [ALL]: counts the right rows, then streams the left. INTERSECT passes a left
 * row while the right has copies left (ALL) or once (distinct); EXCEPT passes it when the right has
 * none left (ALL: each right copy cancels one left copy) or once when the right has none (distinct).
 */
final class SetOpIterator implements RowIterator {
    private final SetOp plan;
    private final ExecContext context;
    private final RowIterator left;
    private final Map<ValueKey, long[]> right = new HashMap<>();
    private final Map<ValueKey, Boolean> emitted = new HashMap<>();
    private long reserved;

    SetOpIterator(SetOp plan, ExecContext context) {
        this.plan = plan;
        this.context = context;
        try (RowIterator r = Executor.open(plan.right(), context)) {
            Object[] row;
            while ((row = r.next()) != null) {
                context.checkCancelled();
                reserve(row);
                right.computeIfAbsent(new ValueKey(row.clone(), plan.types()), k -> new long[1])[0]++;
            }
        }
        this.left = Executor.open(plan.left(), context);
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = left.next()) != null) {
            context.checkCancelled();
            ValueKey key = new ValueKey(row, plan.types());
            long[] count = right.get(key);
            boolean inRight = count != null && count[0] > 0;
            if (plan.all()) {
                if (inRight) {
                    count[0]--;
                }
                if (inRight == (plan.kind() == SetOp.Kind.INTERSECT)) {
                    return row;
                }
            } else if (inRight == (plan.kind() == SetOp.Kind.INTERSECT)
                    && emitted.putIfAbsent(new ValueKey(row.clone(), plan.types()), Boolean.TRUE) == null) {
                reserve(row);
                return row;
            }
        }
        return null;
    }

    private void reserve(Object[] row) {
        long size = MemoryBudget.rowSize(row) + 64;
        context.memory().reserve(size);
        reserved += size;
    }

    @Override
    public void close() {
        context.memory().release(reserved);
        reserved = 0;
        left.close();
    }
}
