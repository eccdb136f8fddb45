package io.pglitedb.sql.plan;

/** One row of no columns: the input of SELECT without FROM. */
public record OneRow() implements PlanNode {
    @Override
    public int width() {
        return 0;
    }
}
