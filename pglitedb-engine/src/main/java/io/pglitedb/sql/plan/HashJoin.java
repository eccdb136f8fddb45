package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.DataType;

/**
 * An equi-join: the right side is read into a hash table on rightKeys (over right rows), each
 * left row probes it with leftKeys (over left rows, same types: keyTypes). A NULL key never
 * matches. residual (nullable) is the rest of the join condition, over the joined row.
 *
 * <p>An inner join whose side is a plain table with an index (or primary key) on its join keys
 * carries a {@link Lookup} for that side (nullable): when the other side turns out small at run
 * time, each of its rows looks up its matches through the index instead of reading the whole table.
 * With enable_hashjoin off the join runs as a merge join instead ({@code MergeJoinIterator}).
 */
public record HashJoin(PlanNode left, PlanNode right, JoinType type, BoundExpr[] leftKeys, BoundExpr[] rightKeys,
        DataType[] keyTypes, BoundExpr residual, Lookup leftLookup, Lookup rightLookup) implements PlanNode {
    public HashJoin(PlanNode left, PlanNode right, JoinType type, BoundExpr[] leftKeys, BoundExpr[] rightKeys,
            DataType[] keyTypes, BoundExpr residual) {
        this(left, right, type, leftKeys, rightKeys, keyTypes, residual, null, null);
    }

    /**
     * Reads one side's matches for one row of the other: {@code scan} (an {@link IndexScan} or
     * {@link PrimaryKeyScan} of the side's table, its filter being everything that side's plan
     * applies) has one equality per leading index column, each reading slot {@code slots[i]}, which
     * is set to the other row's join key {@code keys[i]} (an index into its key list) first.
     */
    public record Lookup(PlanNode scan, int[] slots, int[] keys) {
    }

    @Override
    public int width() {
        return left.width() + right.width();
    }
}
