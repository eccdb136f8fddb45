package io.pglitedb.sql.plan;

/**
 * EXPLAIN of a query: one text row per line of {@code plan}'s description, PostgreSQL's node names
 * without costs; with {@code analyze} the plan is run first and each node shows the rows it
 * produced and how often it ran (with {@code timing}, also its time).
 */
public record ExplainOutput(PlanNode plan, boolean analyze, boolean timing) implements PlanNode {
    @Override
    public int width() {
        return 1;
    }
}
