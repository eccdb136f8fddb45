package io.pglitedb.catalog;

import java.util.Arrays;
import java.util.Objects;

/**
 * PostgreSQL's partitioned indexes: an index of a partitioned table stands for an index of the
 * same definition on each partition (CREATE INDEX and new partitions create them, DROP INDEX drops
 * them with it). The link is not stored: a partition's index belongs to its parent's index when
 * both index the same columns (by name) or expressions in the same order and directions, with the
 * same uniqueness and predicate.
 */
public final class PartitionIndexes {
    private PartitionIndexes() {
    }

    /** The index of {@code partition} that belongs to {@code parentIndex} of its parent, or null. */
    public static IndexDescriptor matching(TableDescriptor parent, IndexDescriptor parentIndex,
            TableDescriptor partition) {
        for (IndexDescriptor candidate : partition.indexes()) {
            if (sameDefinition(parent, parentIndex, partition, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The index of {@code parent} that {@code index} of the partition {@code partition} belongs to, or null. */
    public static IndexDescriptor parentOf(TableDescriptor parent, TableDescriptor partition, IndexDescriptor index) {
        if (!parent.isPartitioned() || !partition.isPartition()) {
            return null;
        }
        for (IndexDescriptor candidate : parent.indexes()) {
            if (sameDefinition(parent, candidate, partition, index)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean sameDefinition(TableDescriptor a, IndexDescriptor ia, TableDescriptor b, IndexDescriptor ib) {
        if (ia.columnCount() != ib.columnCount() || ia.unique() != ib.unique() || ia.constraint() != ib.constraint()
                || !Arrays.equals(ia.descending(), ib.descending()) || !Arrays.equals(ia.nullsFirst(), ib.nullsFirst())
                || !Objects.equals(ia.predicate(), ib.predicate())) {
            return false;
        }
        for (int i = 0; i < ia.columnCount(); i++) {
            if (!Objects.equals(ia.expression(i), ib.expression(i))) {
                return false;
            }
            if (ia.expression(i) == null
                    && !a.columns().get(ia.column(i)).name().equals(b.columns().get(ib.column(i)).name())) {
                return false;
            }
        }
        return true;
    }
}
