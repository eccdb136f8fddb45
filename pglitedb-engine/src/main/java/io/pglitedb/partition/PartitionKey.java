package io.pglitedb.partition;

import java.util.List;

/**
 * PARTITION BY of a partitioned table (pg_partitioned_table).
 *
 * @param strategy {@link #RANGE}, {@link #LIST} or {@link #HASH} (partstrat)
 * @param columns per key part the 0-based column index, or -1 for an expression
 * @param expressions per key part the expression's SQL text (null for a plain column)
 */
public record PartitionKey(char strategy, int[] columns, List<String> expressions) {
    public static final char RANGE = 'r';
    public static final char LIST = 'l';
    public static final char HASH = 'h';

    public PartitionKey {
        columns = columns.clone();
        expressions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(expressions));
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    public int size() {
        return columns.length;
    }

    public int column(int part) {
        return columns[part];
    }

    public String strategyName() {
        return switch (strategy) {
            case RANGE -> "RANGE";
            case LIST -> "LIST";
            default -> "HASH";
        };
    }
}
