package io.pglitedb.exec;

import io.pglitedb.sql.plan.CteScan;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a shared WITH query: computed by the first reference that runs (held within the
 * statement's memory budget until the statement ends), read by every reference.
 */
final class CteScanIterator implements RowIterator {
    private final List<Object[]> rows;
    private int next;

    @SuppressWarnings("unchecked")
    CteScanIterator(CteScan scan, ExecContext context) {
        List<Object[]> computed = (List<Object[]>) context.slot(scan.slot());
        if (computed == null) {
            computed = new ArrayList<>();
            try (RowIterator query = Executor.open(scan.query(), context)) {
                Object[] row;
                while ((row = query.next()) != null) {
                    context.checkCancelled();
                    Object[] kept = row.clone();
                    context.memory().reserve(MemoryBudget.rowSize(kept));
                    computed.add(kept);
                }
            }
            context.setSlot(scan.slot(), computed);
        }
        this.rows = computed;
    }

    @Override
    public Object[] next() {
        return next < rows.size() ? rows.get(next++) : null;
    }
}
