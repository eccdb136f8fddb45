package io.pglitedb.sql.plan;

import io.pglitedb.types.DataType;

/**
 * WITH RECURSIVE: emits the initial rows, then runs the recursive part over the rows the last
 * round produced (its {@link WorkTableScan} reads them from workTableSlot) until a round produces
 * none. Without ALL, rows already produced are dropped.
 */
public record RecursiveUnion(PlanNode initial, PlanNode recursive, boolean all, DataType[] types, int workTableSlot)
        implements PlanNode {
    @Override
    public int width() {
        return initial.width();
    }
}
