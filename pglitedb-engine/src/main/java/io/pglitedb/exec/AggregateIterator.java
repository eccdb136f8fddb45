package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.types.DataType;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hash aggregation: consumes the whole input on the first call, then returns one row per group. */
final class AggregateIterator implements RowIterator {
    private final Aggregate plan;
    private final RowIterator input;
    private final ExecContext context;
    private Iterator<Map.Entry<ValueKey, AggregateState>> groups;
    /** What the groups hold of the statement's memory budget. */
    private long reserved;

    AggregateIterator(Aggregate plan, RowIterator input, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (groups == null) {
            groups = consume().entrySet().iterator();
        }
        if (!groups.hasNext()) {
            return null;
        }
        Map.Entry<ValueKey, AggregateState> entry = groups.next();
        Object[] keys = entry.getKey().values();
        Object[] row = new Object[plan.width()];
        System.arraycopy(keys, 0, row, 0, keys.length);
        entry.getValue().results(row, keys.length, context.params());
        return row;
    }

    private Map<ValueKey, AggregateState> consume() {
        BoundExpr[] groupKeys = plan.groupKeys();
        AggregateCall[] calls = plan.aggregates();
        DataType[] keyTypes = new DataType[groupKeys.length];
        for (int i = 0; i < keyTypes.length; i++) {
            keyTypes[i] = groupKeys[i].type();
        }
        Map<ValueKey, AggregateState> result = new LinkedHashMap<>();
        Object[] params = context.params();
        Object[] row;
        while ((row = input.next()) != null) {
            context.checkCancelled();
            Object[] keyValues = new Object[groupKeys.length];
            for (int i = 0; i < keyValues.length; i++) {
                keyValues[i] = groupKeys[i].eval(row, params);
            }
            long kept = result.computeIfAbsent(new ValueKey(keyValues, keyTypes), k -> {
                reserve(MemoryBudget.rowSize(keyValues) + 64 + 48L * calls.length);
                return new AggregateState(calls, params);
            }).add(row, params);
            if (kept > 0) {
                reserve(kept);
            }
        }
        if (result.isEmpty() && groupKeys.length == 0) {
            result.put(new ValueKey(new Object[0], keyTypes), new AggregateState(calls, params));
        }
        return result;
    }

    private void reserve(long bytes) {
        context.memory().reserve(bytes);
        reserved += bytes;
    }

    @Override
    public void close() {
        context.memory().release(reserved);
        reserved = 0;
        input.close();
    }
}
