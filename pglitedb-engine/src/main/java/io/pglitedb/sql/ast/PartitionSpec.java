package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code PARTITION BY {RANGE | LIST | HASH} (part, ...)}: each part a column name or an expression.
 *
 * @param strategy "range", "list" or "hash" as written (lower case)
 */
public record PartitionSpec(String strategy, List<Part> parts, int position) {
    /** One key part: a column ({@code expression} null) or an expression with its SQL text. */
    public record Part(String column, Expr expression, String expressionText, int position) {
    }

    public PartitionSpec {
        parts = List.copyOf(parts);
    }
}
