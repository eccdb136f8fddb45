package io.pglitedb.exec;

import io.pglitedb.sql.plan.SetOp;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * INTERSECT / EXCEPT [ALL]: counts the right rows, then streams the left. INTERSECT passes a left
 * row while the right has copies left (ALL) or once (distinct); EXCEPT passes it when the right has
 * none left (ALL: each right copy cancels one left copy) or once when the right has none (distinct).
 *
 * <p>When the right rows' counts pass hash_mem (work_mem × hash_mem_multiplier), the counts so far,
 * the rest of the right side and then the left side are written to partition pairs by the rows'
 * hash ({@link PartitionPairs}: right rows built, left rows probing), and each pair is handled
 * alone (split again if still too big). A spilled right row carries its count as one more value.
 */
final class SetOpIterator implements RowIterator {
    /** Splitting stops at this pass (a pair that big is mostly one row). */
    private static final int MAX_SPILL_LEVEL = 4;

    private final SetOp plan;
    private final ExecContext context;
    private final long hashMem;
    private final RowIterator input;
    /** The left rows being streamed: the left input, or a pair's left rows. */
    private RowIterator left;
    private Map<ValueKey, long[]> right = new HashMap<>();
    private Map<ValueKey, Boolean> emitted = new HashMap<>();
    private long reserved;
    /** The pass a spill splits with; the partitions being filled (null: not spilling). */
    private int level;
    private PartitionPairs spill;
    private final ArrayDeque<PartitionPairs.Pair> pairs = new ArrayDeque<>();
    private PartitionPairs.Pair pair;

    SetOpIterator(SetOp plan, ExecContext context) {
        this.plan = plan;
        this.context = context;
        this.hashMem = context.hashMem();
        try (RowIterator r = Executor.open(plan.right(), context)) {
            Object[] row;
            while ((row = r.next()) != null) {
                context.checkCancelled();
                countRight(row.clone(), 1);
            }
        }
        this.input = Executor.open(plan.left(), context);
        this.left = input;
        if (spill != null) {
            splitLeft();
            nextPair();
        }
    }

    private void countRight(Object[] row, long copies) {
        ValueKey key = new ValueKey(row, plan.types());
        if (spill != null) {
            spill.addBuilt(key, withCount(row, copies));
            return;
        }
        long[] count = right.get(key);
        if (count == null) {
            reserve(row);
            right.put(key, new long[] {copies});
        } else {
            count[0] += copies;
        }
        if (hashMem > 0 && reserved > hashMem && level < MAX_SPILL_LEVEL) {
            spill = new PartitionPairs(context, level);
            for (Map.Entry<ValueKey, long[]> e : right.entrySet()) {
                spill.addBuilt(e.getKey(), withCount(e.getKey().values(), e.getValue()[0]));
            }
            clearTables();
        }
    }

    private static Object[] withCount(Object[] row, long count) {
        Object[] out = Arrays.copyOf(row, row.length + 1);
        out[row.length] = count;
        return out;
    }

    /** Writes the left rows to the partitions being filled and queues the pairs that can give rows. */
    private void splitLeft() {
        Object[] row;
        while ((row = left.next()) != null) {
            context.checkCancelled();
            spill.addProbe(new ValueKey(row, plan.types()), row);
        }
        // INTERSECT needs both sides; EXCEPT needs left rows
        pairs.addAll(spill.pairs(false, plan.kind() == SetOp.Kind.EXCEPT));
        spill = null;
    }

    /** Loads the next pair's right counts and streams its left rows; false when none is left. */
    private boolean nextPair() {
        while (true) {
            closePair();
            pair = pairs.poll();
            if (pair == null) {
                left = input; // ended: a closed pair's reader must not be read again
                return false;
            }
            level = pair.level() + 1;
            RowIterator rows = pair.built().read();
            Object[] row;
            while ((row = rows.next()) != null) {
                context.checkCancelled();
                countRight(Arrays.copyOf(row, row.length - 1), (Long) row[row.length - 1]);
            }
            left = pair.probe().read();
            if (spill != null) { // still too big: split again with other hash bits
                splitLeft();
                continue;
            }
            return true;
        }
    }

    @Override
    public Object[] next() {
        do {
            Object[] row;
            while ((row = left.next()) != null) {
                context.checkCancelled();
                ValueKey key = new ValueKey(row, plan.types());
                long[] count = right.get(key);
                boolean inRight = count != null && count[0] > 0;
                if (plan.all()) {
                    if (inRight) {
                        count[0]--;
                    }
                    if (inRight == (plan.kind() == SetOp.Kind.INTERSECT)) {
                        return row;
                    }
                } else if (inRight == (plan.kind() == SetOp.Kind.INTERSECT)
                        && emitted.putIfAbsent(new ValueKey(row.clone(), plan.types()), Boolean.TRUE) == null) {
                    reserve(row);
                    return row;
                }
            }
        } while (pair != null && nextPair());
        return null;
    }

    private void reserve(Object[] row) {
        long size = MemoryBudget.rowSize(row) + 64;
        context.memory().reserve(size);
        reserved += size;
    }

    private void clearTables() {
        right = new HashMap<>();
        emitted = new HashMap<>();
        context.memory().release(reserved);
        reserved = 0;
    }

    private void closePair() {
        clearTables();
        if (pair != null) {
            pair.close();
            pair = null;
        }
    }

    @Override
    public void close() {
        closePair();
        for (PartitionPairs.Pair p : pairs) {
            p.close();
        }
        pairs.clear();
        if (spill != null) {
            spill.close();
            spill = null;
        }
        input.close();
    }
}
