package io.pglitedb.sql.plan;

import java.util.List;

/** Sorts its input (in memory for now). */
public record Sort(PlanNode input, List<SortKey> keys) implements PlanNode {
    @Override
    public int width() {
        return input.width();
    }
}
