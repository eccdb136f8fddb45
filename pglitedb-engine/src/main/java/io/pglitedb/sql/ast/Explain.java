package io.pglitedb.sql.ast;

/**
 * {@code EXPLAIN [ANALYZE] [VERBOSE] statement} or {@code EXPLAIN (option [value], ...) statement}:
 * analyze runs the statement and shows actual row counts; timing adds times to them (ANALYZE only).
 */
public record Explain(boolean analyze, boolean verbose, boolean timing, Statement statement) implements Statement {
}
