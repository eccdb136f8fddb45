package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.types.DataType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The groups of one part of a parallel table scan, aggregated by the worker that reads the part,
 * as PostgreSQL's Partial Aggregate under a Gather: the worker hands over a few group states
 * instead of every row, and the statement's {@link AggregateIterator} combines them with its own
 * ({@link AggregateState#combine}).
 *
 * <p>Only for aggregates whose states combine into the serial plan's state
 * ({@link AggregateFunction.Combinable}: count, exact sums and averages, min/max, bool_and/or,
 * bit_and/or/xor), without DISTINCT or ORDER BY, and whose keys, arguments and FILTERs may run on
 * a worker ({@link BoundExpr#isParallelSafe}). The groups are kept in the order the part first
 * shows them; combined part after part in key order, the groups come out in the serial order.
 * A part's groups are bounded by hash_mem: past it the worker hands over what it has and then its
 * further rows, which the statement aggregates (and spills) as a serial scan's.
 */
final class PartialAggregation {
    /** Parts whose groups workers handed over since the JVM started (tests check the path ran). */
    private static final AtomicLong HANDED_OVER = new AtomicLong();
    private final BoundExpr[] groupKeys;
    private final DataType[] keyTypes;
    private final AggregateCall[] calls;
    private final Object[] params;
    private final long limitBytes;
    private LinkedHashMap<ValueKey, AggregateState> groups = new LinkedHashMap<>();
    private long bytes;
    private long rows;

    private PartialAggregation(BoundExpr[] groupKeys, DataType[] keyTypes, AggregateCall[] calls, Object[] params,
            long limitBytes) {
        this.groupKeys = groupKeys;
        this.keyTypes = keyTypes;
        this.calls = calls;
        this.params = params;
        this.limitBytes = limitBytes;
    }

    /** True when the aggregates of {@code plan} may be computed part by part on workers. */
    static boolean applies(Aggregate plan, Object[] params) {
        if (!BoundExpr.allParallelSafe(plan.groupKeys())) {
            return false;
        }
        for (AggregateCall call : plan.aggregates()) {
            if (call.distinct() || call.ordered() || call.stateOf() >= 0
                    || !BoundExpr.allParallelSafe(call.arguments()) || !BoundExpr.allParallelSafe(call.filter())
                    || !(call.function().newAccumulator(params) instanceof AggregateFunction.Combinable)) {
                return false;
            }
        }
        return true;
    }

    /** The aggregation of {@code plan} for one part (call {@link #applies} first). */
    static PartialAggregation of(Aggregate plan, DataType[] keyTypes, ExecContext context) {
        long limit = plan.groupKeys().length == 0 ? Long.MAX_VALUE : context.hashMem();
        return new PartialAggregation(plan.groupKeys(), keyTypes, plan.aggregates(), context.params(), limit);
    }

    /** A fresh aggregation of the same aggregates, for another part. */
    PartialAggregation forAnotherPart() {
        return new PartialAggregation(groupKeys, keyTypes, calls, params, limitBytes);
    }

    /** Aggregates one row of the part; false once the groups pass the part's memory bound ({@link #isFull}). */
    boolean add(Object[] row) {
        rows++;
        ValueKey key = AggregateIterator.groupKey(groupKeys, keyTypes, row, params);
        AggregateState state = groups.get(key);
        if (state == null) {
            bytes += AggregateState.groupBytes(key.values(), calls.length);
            state = new AggregateState(calls, params);
            groups.put(key, state);
        }
        state.add(row, params);
        return bytes <= limitBytes;
    }

    boolean isFull() {
        return bytes > limitBytes;
    }

    /** The groups so far, in the order the part showed them; the aggregation starts over empty. */
    Map<ValueKey, AggregateState> takeGroups() {
        HANDED_OVER.incrementAndGet();
        Map<ValueKey, AggregateState> taken = groups;
        groups = new LinkedHashMap<>();
        bytes = 0;
        return taken;
    }

    static long handedOver() {
        return HANDED_OVER.get();
    }

    /** Rows aggregated so far (they count as rows the scan read). */
    long rows() {
        return rows;
    }
}
