package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.types.DataType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash aggregation: consumes the whole input on the first call, then returns one row per group.
 * Once the groups pass hash_mem (work_mem × hash_mem_multiplier), the input rows of groups not yet
 * in the table are written to partition files by their key's hash (as PostgreSQL's spilling
 * HashAgg), and each partition is aggregated after the groups in memory are returned, spilling
 * again if it is still too big.
 *
 * <p>Over a parallel table scan, workers may aggregate their parts themselves
 * ({@link PartialAggregation}); their groups arrive between input rows ({@link #combine}) and are
 * combined where their rows would have been aggregated. A worker's group that would have spilled
 * waits, as a state, in its partition at the position its rows would have had in the file.
 */
final class AggregateIterator implements RowIterator {
    /** Partition files per spilling pass. */
    private static final int PARTITIONS = 32;

    /** Groups aggregated elsewhere that come after the first {@code atRow} rows of a partition. */
    private record PendingGroups(long atRow, Map<ValueKey, AggregateState> groups) {
    }

    /**
     * Spilled input rows of some groups, and the pass that wrote them (which picks the hash bits);
     * {@code pending}: workers' groups of the partition, by position among its rows.
     */
    private record Partition(SpillFile rows, int level, List<PendingGroups> pending) {
    }

    /** One pass over an input: its groups in memory, and the partitions it spills to. */
    private final class Pass {
        final int level;
        final Map<ValueKey, AggregateState> groups = new LinkedHashMap<>();
        final long hashMem;
        SpillFile[] spilled;
        List<PendingGroups>[] pending;

        Pass(int level) {
            this.level = level;
            this.hashMem = plan.groupKeys().length == 0 ? 0 : context.hashMem();
        }

        /** True when a group not in memory yet goes to a partition instead. */
        boolean full() {
            return hashMem > 0 && reserved > hashMem;
        }

        SpillFile partition(int p) {
            if (spilled == null) {
                spilled = new SpillFile[PARTITIONS];
            }
            if (spilled[p] == null) {
                spilled[p] = new SpillFile();
            }
            return spilled[p];
        }

        /** Adds a new group aggregated elsewhere, in memory or (when full) to its partition. */
        @SuppressWarnings("unchecked")
        void addGroup(ValueKey key, AggregateState state) {
            if (!full()) {
                reserve(AggregateState.groupBytes(key.values(), plan.aggregates().length));
                groups.put(key, state);
                return;
            }
            int p = key.partition(level, PARTITIONS);
            long atRow = partition(p).rows();
            if (pending == null) {
                pending = new List[PARTITIONS];
            }
            if (pending[p] == null) {
                pending[p] = new ArrayList<>();
            }
            List<PendingGroups> list = pending[p];
            if (list.isEmpty() || list.get(list.size() - 1).atRow() != atRow) {
                list.add(new PendingGroups(atRow, new LinkedHashMap<>()));
            }
            list.get(list.size() - 1).groups().put(key, state);
        }

        /** Combines groups aggregated from rows that come after those aggregated so far. */
        void combine(Map<ValueKey, AggregateState> later) {
            for (Map.Entry<ValueKey, AggregateState> group : later.entrySet()) {
                AggregateState state = groups.get(group.getKey());
                if (state != null) {
                    state.combine(group.getValue());
                } else {
                    addGroup(group.getKey(), group.getValue());
                }
            }
        }

        void finish() {
            if (spilled == null) {
                return;
            }
            for (int p = 0; p < PARTITIONS; p++) {
                if (spilled[p] != null) {
                    spilled[p].finishWriting();
                    partitions.add(new Partition(spilled[p], level,
                            pending == null || pending[p] == null ? List.of() : pending[p]));
                }
            }
        }
    }

    private final Aggregate plan;
    private final RowIterator input;
    private final ExecContext context;
    private final DataType[] keyTypes;
    private Iterator<Map.Entry<ValueKey, AggregateState>> groups;
    private final ArrayDeque<Partition> partitions = new ArrayDeque<>();
    /** What the groups in memory hold of the statement's memory budget. */
    private long reserved;
    /** The pass reading the input now (workers' groups go to it), or null. */
    private Pass current;

    AggregateIterator(Aggregate plan, RowIterator input, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.context = context;
        BoundExpr[] groupKeys = plan.groupKeys();
        keyTypes = new DataType[groupKeys.length];
        for (int i = 0; i < keyTypes.length; i++) {
            keyTypes[i] = groupKeys[i].type();
        }
    }

    @Override
    public Object[] next() {
        if (groups == null) {
            groups = consume(input, 0, List.of()).entrySet().iterator();
        }
        while (!groups.hasNext()) {
            Partition next = partitions.poll();
            if (next == null) {
                return null;
            }
            releaseGroups();
            try (SpillFile rows = next.rows()) {
                groups = consume(rows::read, next.level() + 1, next.pending()).entrySet().iterator();
            }
        }
        Map.Entry<ValueKey, AggregateState> entry = groups.next();
        Object[] keys = entry.getKey().values();
        Object[] row = new Object[plan.width()];
        System.arraycopy(keys, 0, row, 0, keys.length);
        entry.getValue().results(row, keys.length, context.params());
        return row;
    }

    /**
     * Aggregates {@code rows} pass {@code level}: the groups that fit in memory; the others' rows go
     * to partitions. {@code pending} groups are combined at their positions among the rows.
     */
    private Map<ValueKey, AggregateState> consume(RowIterator rows, int level, List<PendingGroups> pending) {
        BoundExpr[] groupKeys = plan.groupKeys();
        AggregateCall[] calls = plan.aggregates();
        Pass pass = new Pass(level);
        Map<ValueKey, AggregateState> result = pass.groups;
        Object[] params = context.params();
        int nextPending = 0;
        long read = 0;
        current = pass;
        try {
            Object[] row;
            while (true) {
                while (nextPending < pending.size() && pending.get(nextPending).atRow() == read) {
                    pass.combine(pending.get(nextPending++).groups());
                }
                if ((row = rows.next()) == null) {
                    break;
                }
                read++;
                context.checkCancelled();
                ValueKey key = groupKey(groupKeys, keyTypes, row, params);
                AggregateState state = result.get(key);
                if (state == null) {
                    if (pass.full() && SpillFile.canWrite(row)) {
                        pass.partition(key.partition(level, PARTITIONS)).write(row);
                        continue;
                    }
                    reserve(AggregateState.groupBytes(key.values(), calls.length));
                    state = new AggregateState(calls, params);
                    result.put(key, state);
                }
                long kept = state.add(row, params);
                if (kept > 0) {
                    reserve(kept);
                }
            }
        } finally {
            current = null;
            pass.finish(); // on an error too: close() deletes the files
        }
        if (result.isEmpty() && groupKeys.length == 0) {
            result.put(new ValueKey(new Object[0], keyTypes), new AggregateState(calls, params));
        }
        return result;
    }

    /** The group key of an input row. */
    static ValueKey groupKey(BoundExpr[] groupKeys, DataType[] keyTypes, Object[] row, Object[] params) {
        Object[] keyValues = new Object[groupKeys.length];
        for (int i = 0; i < keyValues.length; i++) {
            keyValues[i] = groupKeys[i].eval(row, params);
        }
        return new ValueKey(keyValues, keyTypes);
    }

    /**
     * Combines groups a worker aggregated ({@link PartialAggregation}) from input rows that come
     * after the rows read so far, as if those rows came now.
     */
    void combine(Map<ValueKey, AggregateState> partial) {
        current.combine(partial);
    }

    /** The key types of the groups, for {@link PartialAggregation}. */
    DataType[] keyTypes() {
        return keyTypes;
    }

    private void reserve(long bytes) {
        context.memory().reserve(bytes);
        reserved += bytes;
    }

    private void releaseGroups() {
        context.memory().release(reserved);
        reserved = 0;
    }

    @Override
    public void close() {
        releaseGroups();
        for (Partition p : partitions) {
            p.rows().close();
        }
        partitions.clear();
        input.close();
    }
}
