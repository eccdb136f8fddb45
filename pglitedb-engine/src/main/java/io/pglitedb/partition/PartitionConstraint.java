package io.pglitedb.partition;

import io.pglitedb.exec.expr.BoundExpr;
import java.util.List;

/**
 * The implicit constraint of a partition: its key values (computed over the partition's own row)
 * must lie in its bound, and in its parent's bound if the parent is a partition too, and so on up.
 * A DEFAULT partition takes what no sibling takes. Rows written to the partition directly are
 * checked (23514 "violates partition constraint"); rows routed to it satisfy it by construction.
 */
public record PartitionConstraint(List<Level> levels) {
    /** One level of the hierarchy: the key over the partition's row, its bound and its siblings' bounds. */
    public record Level(BoundExpr[] key, TypedBound bound, List<TypedBound> siblings) {
        public Level {
            key = key.clone();
            siblings = List.copyOf(siblings);
        }
    }

    public PartitionConstraint {
        levels = List.copyOf(levels);
    }

    public boolean accepts(Object[] row, Object[] params) {
        for (Level level : levels) {
            Object[] values = new Object[level.key().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = level.key()[i].eval(row, params);
            }
            if (level.bound().isDefault()) {
                for (TypedBound sibling : level.siblings()) {
                    if (!sibling.isDefault() && sibling.contains(values)) {
                        return false;
                    }
                }
            } else if (!level.bound().contains(values)) {
                return false;
            }
        }
        return true;
    }
}
