package io.pglitedb.sql.ast;

/**
 * {@code EXPLAIN [ANALYZE] [VERBOSE] statement} or {@code EXPLAIN (option [value], ...) statement}:
 * analyze runs the statement and shows actual row counts; timing adds times to them (ANALYZE only);
 * summary adds Planning Time and Execution Time (by default under ANALYZE); costs (on by default)
 * adds each node's estimated cost, rows and width; buffers its buffer usage; settings the planner
 * settings changed from their defaults; verbose adds each node's output columns and
 * qualifies names; format chooses text lines or a JSON, YAML or XML document.
 */
public record Explain(boolean analyze, boolean verbose, boolean timing, boolean summary, boolean costs,
        boolean buffers, boolean settings, ExplainFormat format, Statement statement)
        implements Statement {
    /** These options over {@code explained}. */
    public Explain of(Statement explained) {
        return new Explain(analyze, verbose, timing, summary, costs, buffers, settings, format, explained);
    }
}
