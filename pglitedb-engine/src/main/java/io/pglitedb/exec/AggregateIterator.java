package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.types.DataType;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hash aggregation: consumes the whole input on the first call, then returns one row per group.
 * Once the groups pass hash_mem (work_mem × hash_mem_multiplier), the input rows of groups not yet
 * in the table are written to partition files by their key's hash (as PostgreSQL's spilling
 * HashAgg), and each partition is aggregated after the groups in memory are returned, spilling
 * again if it is still too big.
 */
final class AggregateIterator implements RowIterator {
    /** Partition files per spilling pass. */
    private static final int PARTITIONS = 32;

    /** Spilled input rows of some groups, and the pass that wrote them (which picks the hash bits). */
    private record Partition(SpillFile rows, int level) {
    }

    private final Aggregate plan;
    private final RowIterator input;
    private final ExecContext context;
    private final DataType[] keyTypes;
    private Iterator<Map.Entry<ValueKey, AggregateState>> groups;
    private final ArrayDeque<Partition> partitions = new ArrayDeque<>();
    /** What the groups in memory hold of the statement's memory budget. */
    private long reserved;

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
            groups = consume(input, 0).entrySet().iterator();
        }
        while (!groups.hasNext()) {
            Partition next = partitions.poll();
            if (next == null) {
                return null;
            }
            releaseGroups();
            try (SpillFile rows = next.rows()) {
                groups = consume(rows::read, next.level() + 1).entrySet().iterator();
            }
        }
        Map.Entry<ValueKey, AggregateState> entry = groups.next();
        Object[] keys = entry.getKey().values();
        Object[] row = new Object[plan.width()];
        System.arraycopy(keys, 0, row, 0, keys.length);
        entry.getValue().results(row, keys.length, context.params());
        return row;
    }

    /** Aggregates {@code rows} pass {@code level}: the groups that fit in memory; the others' rows go to partitions. */
    private Map<ValueKey, AggregateState> consume(RowIterator rows, int level) {
        BoundExpr[] groupKeys = plan.groupKeys();
        AggregateCall[] calls = plan.aggregates();
        Map<ValueKey, AggregateState> result = new LinkedHashMap<>();
        long hashMem = groupKeys.length == 0 ? 0 : context.hashMem();
        SpillFile[] spilled = null;
        Object[] params = context.params();
        Object[] row;
        while ((row = rows.next()) != null) {
            context.checkCancelled();
            Object[] keyValues = new Object[groupKeys.length];
            for (int i = 0; i < keyValues.length; i++) {
                keyValues[i] = groupKeys[i].eval(row, params);
            }
            ValueKey key = new ValueKey(keyValues, keyTypes);
            AggregateState state = result.get(key);
            if (state == null) {
                if (hashMem > 0 && reserved > hashMem && SpillFile.canWrite(row)) {
                    if (spilled == null) {
                        spilled = new SpillFile[PARTITIONS];
                    }
                    int p = key.partition(level, PARTITIONS);
                    if (spilled[p] == null) {
                        spilled[p] = new SpillFile();
                    }
                    spilled[p].write(row);
                    continue;
                }
                reserve(MemoryBudget.rowSize(keyValues) + 64 + 48L * calls.length);
                state = new AggregateState(calls, params);
                result.put(key, state);
            }
            long kept = state.add(row, params);
            if (kept > 0) {
                reserve(kept);
            }
        }
        if (result.isEmpty() && groupKeys.length == 0) {
            result.put(new ValueKey(new Object[0], keyTypes), new AggregateState(calls, params));
        }
        if (spilled != null) {
            for (SpillFile file : spilled) {
                if (file != null) {
                    file.finishWriting();
                    partitions.add(new Partition(file, level));
                }
            }
        }
        return result;
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
