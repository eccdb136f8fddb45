package io.pglitedb.exec;

import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.ModifyingCtes;
import io.pglitedb.sql.plan.UpdatePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the data-modifying WITH queries, each once and in order, storing their RETURNING rows in
 * their slots, then streams the input. Keyed when the input is (an UPDATE or DELETE's scan).
 */
final class ModifyingCtesIterator implements RowIterator, KeyedRows {
    private final RowIterator input;

    ModifyingCtesIterator(ModifyingCtes node, ExecContext context) {
        for (ModifyingCtes.Modification m : node.modifications()) {
            List<Object[]> rows = new ArrayList<>();
            switch (m.plan()) {
                case InsertPlan insert -> DmlExecutor.insert(insert, context, row -> rows.add(row.clone()));
                case UpdatePlan update -> DmlExecutor.update(update, context, row -> rows.add(row.clone()));
                case DeletePlan delete -> DmlExecutor.delete(delete, context, row -> rows.add(row.clone()));
                default -> throw new IllegalStateException("not a data-modifying plan: " + m.plan());
            }
            context.setSlot(m.slot(), rows);
        }
        this.input = Executor.open(node.input(), context);
    }

    @Override
    public Object[] next() {
        return input.next();
    }

    @Override
    public byte[] currentKey() {
        return ((KeyedRows) input).currentKey();
    }

    @Override
    public byte[] currentValue() {
        return ((KeyedRows) input).currentValue();
    }

    @Override
    public void close() {
        input.close();
    }
}
