package io.pglitedb.sql.ast;

import java.util.List;

/**
 * The inheritance and partitioning clauses of CREATE TABLE: {@code INHERITS (parents)},
 * {@code PARTITION OF parent FOR VALUES ...}, {@code PARTITION BY ...}; empty / null when absent.
 */
public record TableInheritance(List<QualifiedName> inherits, QualifiedName partitionOf, PartitionBoundSpec bound,
        PartitionSpec partitionBy) {
    public static final TableInheritance NONE = new TableInheritance(List.of(), null, null, null);

    public TableInheritance {
        inherits = List.copyOf(inherits);
    }
}
