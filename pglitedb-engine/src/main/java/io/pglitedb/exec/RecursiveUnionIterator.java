package io.pglitedb.exec;

import io.pglitedb.sql.plan.RecursiveUnion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * WITH RECURSIVE: passes the initial rows, collecting them as the first work table; then runs the
 * recursive part over the work table, passing and collecting what it produces as the next one,
 * until a round produces no row. Without ALL, a row seen before is dropped.
 */
final class RecursiveUnionIterator implements RowIterator {
    private final RecursiveUnion plan;
    private final ExecContext context;
    private final Set<ValueKey> seen;
    private RowIterator current;
    private List<Object[]> produced = new ArrayList<>();
    /** What the work tables and the seen rows hold (the previous work table is released each round). */
    private long reservedSeen;
    private long reservedProduced;
    private long reservedWorkTable;

    RecursiveUnionIterator(RecursiveUnion plan, ExecContext context) {
        this.plan = plan;
        this.context = context;
        this.seen = plan.all() ? null : new HashSet<>();
        this.current = Executor.open(plan.initial(), context);
    }

    @Override
    public Object[] next() {
        while (current != null) {
            Object[] row;
            while ((row = current.next()) != null) {
                context.checkCancelled();
                row = row.clone();
                if (seen != null && !seen.add(new ValueKey(row, plan.types()))) {
                    continue;
                }
                long size = MemoryBudget.rowSize(row);
                context.memory().reserve(seen != null ? 2 * size : size);
                reservedProduced += size;
                if (seen != null) {
                    reservedSeen += size;
                }
                produced.add(row);
                return row;
            }
            current.close();
            current = null;
            if (!produced.isEmpty()) {
                context.memory().release(reservedWorkTable);
                reservedWorkTable = reservedProduced;
                reservedProduced = 0;
                context.setSlot(plan.workTableSlot(), produced);
                produced = new ArrayList<>();
                current = Executor.open(plan.recursive(), context);
            }
        }
        return null;
    }

    @Override
    public void close() {
        context.memory().release(reservedSeen + reservedProduced + reservedWorkTable);
        reservedSeen = reservedProduced = reservedWorkTable = 0;
        if (current != null) {
            current.close();
        }
    }
}
