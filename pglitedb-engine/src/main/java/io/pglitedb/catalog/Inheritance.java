package io.pglitedb.catalog;

import io.pglitedb.partition.PartitionBound;
import io.pglitedb.partition.PartitionKey;
import java.util.List;

/**
 * How a table takes part in inheritance (pg_inherits) and declarative partitioning.
 *
 * @param parents the OIDs of the tables it inherits from, in INHERITS order (a partition has exactly
 *     its partitioned table)
 * @param partitionKey PARTITION BY of a partitioned table (relkind 'p'), or null
 * @param bound FOR VALUES of a partition (relispartition), or null
 */
public record Inheritance(List<Integer> parents, PartitionKey partitionKey, PartitionBound bound) {
    public static final Inheritance NONE = new Inheritance(List.of(), null, null);

    public Inheritance {
        parents = List.copyOf(parents);
    }

    public boolean isNone() {
        return parents.isEmpty() && partitionKey == null && bound == null;
    }
}
