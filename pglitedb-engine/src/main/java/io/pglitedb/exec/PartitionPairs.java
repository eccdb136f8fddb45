package io.pglitedb.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a two-sided hash operator whose hash table passed hash_mem (work_mem ×
 * hash_mem_multiplier), split by their key's hash into pairs of partitions handled one at a time
 * (PostgreSQL's batches): a built row and the probe rows with its key land in the same pair. Hash
 * joins (a NULL key matches nothing and goes to the first pair, where an outer join still returns
 * it) and INTERSECT / EXCEPT (the right side's counted rows are built, the left probes) use it.
 */
final class PartitionPairs {
    /** Partition pairs per pass. */
    static final int PARTITIONS = 32;

    /** Built rows and probe rows of the same keys, and the pass that split them (which picks the hash bits). */
    record Pair(SpilledRows built, SpilledRows probe, int level) implements AutoCloseable {
        @Override
        public void close() {
            built.close();
            probe.close();
        }
    }

    private final ExecContext context;
    private final int level;
    private final SpilledRows[] built = new SpilledRows[PARTITIONS];
    private final SpilledRows[] probe = new SpilledRows[PARTITIONS];

    PartitionPairs(ExecContext context, int level) {
        this.context = context;
        this.level = level;
    }

    /** @param key the row's join key, or null when a key value is NULL */
    void addBuilt(ValueKey key, Object[] row) {
        add(built, key, row);
    }

    void addProbe(ValueKey key, Object[] row) {
        add(probe, key, row);
    }

    private void add(SpilledRows[] side, ValueKey key, Object[] row) {
        int p = key == null ? 0 : key.partition(level, PARTITIONS);
        if (side[p] == null) {
            side[p] = new SpilledRows(context);
        }
        side[p].add(row);
    }

    /**
     * The pairs to join: those with rows on both sides, or with rows on the side whose unmatched
     * rows the join keeps.
     */
    List<Pair> pairs(boolean keepsUnmatchedBuilt, boolean keepsUnmatchedProbe) {
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            boolean hasBuilt = built[p] != null;
            boolean hasProbe = probe[p] != null;
            if (hasBuilt && hasProbe || hasBuilt && keepsUnmatchedBuilt || hasProbe && keepsUnmatchedProbe) {
                pairs.add(new Pair(hasBuilt ? built[p] : new SpilledRows(context),
                        hasProbe ? probe[p] : new SpilledRows(context), level));
            } else {
                close(p);
            }
            built[p] = null;
            probe[p] = null;
        }
        return pairs;
    }

    private void close(int p) {
        if (built[p] != null) {
            built[p].close();
        }
        if (probe[p] != null) {
            probe[p].close();
        }
    }

    /** Deletes the files of pairs not handed out. */
    void close() {
        for (int p = 0; p < PARTITIONS; p++) {
            close(p);
            built[p] = null;
            probe[p] = null;
        }
    }
}
