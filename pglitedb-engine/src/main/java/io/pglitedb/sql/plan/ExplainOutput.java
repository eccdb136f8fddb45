package io.pglitedb.sql.plan;

/**
 * EXPLAIN of a statement: one text row per line of {@code plan}'s description, PostgreSQL's node
 * names with (when {@code costs}) our estimates of cost, rows and width; with {@code analyze} the plan is run first and each node shows the rows it
 * produced and how often it ran (with {@code timing}, also its time). {@code modification}
 * (nullable) is the INSERT, UPDATE or DELETE whose source or scan {@code plan} is: it is printed
 * above it ({@code Update on t}) and, under ANALYZE, really run. With {@code summary}, the
 * Planning Time ({@code planningNanos}) and Execution Time close the output. With {@code buffers}
 * the JSON, YAML and XML formats show each node's (and the planning's) buffer usage: none, as the
 * storage has no shared buffers. With {@code verbose}
 * each node shows its output columns and names are qualified; {@code format} is TEXT's lines or
 * one JSON, YAML or XML document.
 */
public record ExplainOutput(PlanNode plan, StatementPlan modification, boolean analyze, boolean timing,
        boolean summary, boolean costs, boolean buffers, boolean verbose, io.pglitedb.sql.ast.ExplainFormat format,
        long planningNanos)
        implements PlanNode {
    @Override
    public int width() {
        return 1;
    }
}
