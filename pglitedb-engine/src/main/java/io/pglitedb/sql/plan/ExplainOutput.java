package io.pglitedb.sql.plan;

import io.pglitedb.sql.ast.Explain;
import io.pglitedb.sql.ast.ExplainFormat;

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

    public boolean analyze() {
        return options.analyze();
    }

    public boolean timing() {
        return options.timing();
    }

    public boolean summary() {
        return options.summary();
    }

    public boolean costs() {
        return options.costs();
    }

    public boolean buffers() {
        return options.buffers();
    }

    public boolean settings() {
        return options.settings();
    }

    public boolean verbose() {
        return options.verbose();
    }

    public ExplainFormat format() {
        return options.format();
    }
}
