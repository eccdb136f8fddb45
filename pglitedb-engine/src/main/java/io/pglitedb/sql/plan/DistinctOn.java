package io.pglitedb.sql.plan;

import io.pglitedb.types.DataType;

/** DISTINCT ON over input sorted on the key columns: the first row of each run of equal keys. */
public record DistinctOn(PlanNode input, int[] keyColumns, DataType[] keyTypes) implements PlanNode {
    @Override
    public int width() {
        return input.width();
    }
}
