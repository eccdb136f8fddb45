package io.pglitedb.sql.plan;

import io.pglitedb.types.DataType;

/** Drops rows equal (by their types' equality, NULLs equal) to an earlier row. */
public record Distinct(PlanNode input, DataType[] types) implements PlanNode {
    @Override
    public int width() {
        return input.width();
    }
}
