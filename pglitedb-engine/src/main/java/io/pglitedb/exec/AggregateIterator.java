package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Hash aggregation: consumes the whole input on the first call, then returns one row per group. */
final class AggregateIterator implements RowIterator {
    private final Aggregate plan;
    private final RowIterator input;
    private final ExecContext context;
    private Iterator<Map.Entry<ValueKey, Group>> groups;

    AggregateIterator(Aggregate plan, RowIterator input, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.context = context;
    }

    /**
     * The accumulators of one group, with the seen argument tuples of DISTINCT aggregates and the
     * kept input rows of ordered ones (fed to their accumulator when the group is finished).
     */
    private static final class Group {
        final AggregateFunction.Accumulator[] accumulators;
        final Set<ValueKey>[] distinctSeen;
        final List<Object[]>[] orderedRows;

        @SuppressWarnings("unchecked")
        Group(AggregateCall[] calls) {
            accumulators = new AggregateFunction.Accumulator[calls.length];
            distinctSeen = new Set[calls.length];
            orderedRows = new List[calls.length];
            for (int i = 0; i < calls.length; i++) {
                accumulators[i] = calls[i].function().newAccumulator();
                if (calls[i].ordered()) {
                    orderedRows[i] = new ArrayList<>();
                } else if (calls[i].distinct()) {
                    distinctSeen[i] = new HashSet<>();
                }
            }
        }
    }

    @Override
    public Object[] next() {
        if (groups == null) {
            groups = consume().entrySet().iterator();
        }
        if (!groups.hasNext()) {
            return null;
        }
        Map.Entry<ValueKey, Group> entry = groups.next();
        Object[] keys = entry.getKey().values();
        Group group = entry.getValue();
        Object[] row = new Object[plan.width()];
        System.arraycopy(keys, 0, row, 0, keys.length);
        for (int i = 0; i < group.accumulators.length; i++) {
            if (group.orderedRows[i] != null) {
                OrderedAggregation.finish(plan.aggregates()[i], group.orderedRows[i], group.accumulators[i],
                        context.params());
            }
            row[keys.length + i] = group.accumulators[i].result();
        }
        return row;
    }

    private Map<ValueKey, Group> consume() {
        BoundExpr[] groupKeys = plan.groupKeys();
        AggregateCall[] calls = plan.aggregates();
        DataType[] keyTypes = new DataType[groupKeys.length];
        for (int i = 0; i < keyTypes.length; i++) {
            keyTypes[i] = groupKeys[i].type();
        }
        Map<ValueKey, Group> result = new LinkedHashMap<>();
        Object[] params = context.params();
        Object[] row;
        while ((row = input.next()) != null) {
            context.checkCancelled();
            Object[] keyValues = new Object[groupKeys.length];
            for (int i = 0; i < keyValues.length; i++) {
                keyValues[i] = groupKeys[i].eval(row, params);
            }
            Group group = result.computeIfAbsent(new ValueKey(keyValues, keyTypes), k -> new Group(calls));
            for (int i = 0; i < calls.length; i++) {
                BoundExpr filter = calls[i].filter();
                if (filter != null && !Boolean.TRUE.equals(filter.eval(row, params))) {
                    continue;
                }
                BoundExpr[] argExprs = calls[i].arguments();
                if (group.orderedRows[i] != null) {
                    group.orderedRows[i].add(OrderedAggregation.inputRow(calls[i], row, params));
                    continue;
                }
                Object[] args = new Object[argExprs.length];
                for (int a = 0; a < args.length; a++) {
                    args[a] = argExprs[a].eval(row, params);
                }
                if (group.distinctSeen[i] != null) {
                    DataType[] argTypes = new DataType[argExprs.length];
                    for (int a = 0; a < argTypes.length; a++) {
                        argTypes[a] = argExprs[a].type();
                    }
                    if (!group.distinctSeen[i].add(new ValueKey(args, argTypes))) {
                        continue;
                    }
                }
                group.accumulators[i].add(args);
            }
        }
        if (result.isEmpty() && groupKeys.length == 0) {
            result.put(new ValueKey(new Object[0], keyTypes), new Group(calls));
        }
        return result;
    }

    @Override
    public void close() {
        input.close();
    }
}
