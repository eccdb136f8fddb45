package io.pglitedb.sql.ast;

/** EXPLAIN's FORMAT option: PostgreSQL's text lines, or one JSON, YAML or XML document. */
public enum ExplainFormat {
    TEXT, JSON, YAML, XML
}
