package io.pglitedb.exec;

import io.pglitedb.types.DataType;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Passes each distinct row once (its first occurrence). Once the rows seen pass hash_mem (work_mem ×
 * hash_mem_multiplier), a row not seen yet goes to a partition file by its hash instead, where its
 * later copies follow it; each partition is made distinct after the input ends, split again if it
 * is still too big (as PostgreSQL's spilling HashAggregate).
 */
final class DistinctIterator implements RowIterator {
    private static final int PARTITIONS = 32;
    /** Splitting stops at this pass (a partition that big is mostly one row). */
    private static final int MAX_SPILL_LEVEL = 4;

    /** Spilled rows and the pass that wrote them (which picks the hash bits). */
    private record Partition(SpilledRows rows, int level) {
    }

    private final RowIterator input;
    private final DataType[] types;
    private final ExecContext context;
    private final long hashMem;
    /** The rows being made distinct: the input, then one partition at a time. */
    private RowIterator source;
    private Partition current;
    /** The pass a spill of the current source splits with. */
    private int level;
    private Set<ValueKey> seen = new HashSet<>();
    private long reserved;
    private SpilledRows[] spilled;
    private final ArrayDeque<Partition> partitions = new ArrayDeque<>();

    DistinctIterator(RowIterator input, DataType[] types, ExecContext context) {
        this.input = input;
        this.source = input;
        this.types = types;
        this.context = context;
        this.hashMem = context.hashMem();
    }

    @Override
    public Object[] next() {
        while (true) {
            Object[] row;
            while ((row = source.next()) != null) {
                context.checkCancelled();
                ValueKey key = new ValueKey(row, types);
                if (hashMem > 0 && reserved > hashMem && level < MAX_SPILL_LEVEL) {
                    if (!seen.contains(key)) {
                        spill(key, row);
                    }
                } else if (seen.add(key)) {
                    long size = MemoryBudget.rowSize(row) + 48;
                    context.memory().reserve(size);
                    reserved += size;
                    return row;
                }
            }
            if (!nextPartition()) {
                return null;
            }
        }
    }

    private void spill(ValueKey key, Object[] row) {
        if (spilled == null) {
            spilled = new SpilledRows[PARTITIONS];
        }
        int p = key.partition(level, PARTITIONS);
        if (spilled[p] == null) {
            spilled[p] = new SpilledRows(context);
        }
        spilled[p].add(row);
    }

    /** Queues the partitions the source spilled to and moves to the next one; false when none is left. */
    private boolean nextPartition() {
        if (spilled != null) {
            for (SpilledRows rows : spilled) {
                if (rows != null) {
                    partitions.add(new Partition(rows, level));
                }
            }
            spilled = null;
        }
        closeCurrent();
        current = partitions.poll();
        if (current == null) {
            source = input; // ended: a closed partition's reader must not be read again
            return false;
        }
        seen = new HashSet<>();
        context.memory().release(reserved);
        reserved = 0;
        level = current.level() + 1;
        source = current.rows().read();
        return true;
    }

    private void closeCurrent() {
        if (current != null) {
            current.rows().close();
            current = null;
        }
    }

    @Override
    public void close() {
        context.memory().release(reserved);
        reserved = 0;
        closeCurrent();
        for (Partition p : partitions) {
            p.rows().close();
        }
        partitions.clear();
        if (spilled != null) {
            for (SpilledRows rows : spilled) {
                if (rows != null) {
                    rows.close();
                }
            }
            spilled = null;
        }
        input.close();
    }
}
