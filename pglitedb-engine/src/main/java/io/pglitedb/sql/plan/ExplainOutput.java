package io.pglitedb.sql.plan;

import io.pglitedb.sql.ast.Explain;

/**
 * EXPLAIN of a statement: {@code plan}'s description as PostgreSQL's EXPLAIN shows it, under the
 * statement's {@code options} (see {@link Explain}): its node names with (COSTS) our estimates of
 * cost, rows and width; under ANALYZE the plan is run first and each node shows the rows it
 * produced and how often it ran (TIMING: also its time). {@code modification} (nullable) is the
 * INSERT, UPDATE or DELETE whose source or scan {@code plan} is: it is printed above it
 * ({@code Update on t}) and, under ANALYZE, really run. SUMMARY closes the output with the
 * Planning Time ({@code planningNanos}) and Execution Time; BUFFERS shows each node's (and the
 * planning's) buffer usage in the JSON, YAML and XML formats (none: the storage has no shared
 * buffers); SETTINGS the planner settings changed from their defaults; VERBOSE each node's output
 * columns, with names qualified. FORMAT is TEXT's lines or one JSON, YAML or XML document.
 */
public record ExplainOutput(PlanNode plan, StatementPlan modification, Explain options, long planningNanos)
        implements PlanNode {
    @Override
    public int width() {
        return 1;
    }
}
