package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accumulators of one group, with the seen argument tuples of DISTINCT aggregates and the kept
 * input rows of ordered ones (fed to their accumulator when the group is finished).
 */
final class AggregateState {
    private final AggregateCall[] calls;
    private final AggregateFunction.Accumulator[] accumulators;
    private final Set<ValueKey>[] distinctSeen;
    private final List<Object[]>[] orderedRows;

    @SuppressWarnings("unchecked")
    AggregateState(AggregateCall[] calls, Object[] params) {
        this.calls = calls;
        accumulators = new AggregateFunction.Accumulator[calls.length];
        distinctSeen = new Set[calls.length];
        orderedRows = new List[calls.length];
        for (int i = 0; i < calls.length; i++) {
            accumulators[i] = calls[i].function().newAccumulator(params);
            if (calls[i].ordered()) {
                orderedRows[i] = new ArrayList<>();
            } else if (calls[i].distinct()) {
                distinctSeen[i] = new HashSet<>();
            }
        }
    }

    /** About the memory a group holds besides its accumulators' kept inputs: its key and states. */
    static long groupBytes(Object[] keyValues, int calls) {
        return MemoryBudget.rowSize(keyValues) + 64 + 48L * calls;
    }

    /**
     * Adds the states of {@code later}, the same group's over inputs that come after this one's,
     * to this group's (aggregates {@link PartialAggregation#applies} accepts: combinable ones only).
     */
    void combine(AggregateState later) {
        for (int i = 0; i < accumulators.length; i++) {
            ((AggregateFunction.Combinable) accumulators[i]).combine(later.accumulators[i]);
        }
    }

    /**
     * Feeds one input row to every aggregate (its FILTER permitting).
     *
     * @return about how many bytes the state keeps of it (ORDER BY inputs, DISTINCT arguments)
     */
    long add(Object[] row, Object[] params) {
        long kept = 0;
        for (int i = 0; i < calls.length; i++) {
            if (calls[i].stateOf() >= 0) {
                continue; // fed through the aggregate whose state it shares
            }
            BoundExpr filter = calls[i].filter();
            if (filter != null && !Boolean.TRUE.equals(filter.eval(row, params))) {
                continue;
            }
            BoundExpr[] argExprs = calls[i].arguments();
            if (orderedRows[i] != null) {
                Object[] input = OrderedAggregation.inputRow(calls[i], row, params);
                kept += MemoryBudget.rowSize(input);
                orderedRows[i].add(input);
                continue;
            }
            Object[] args = new Object[argExprs.length];
            for (int a = 0; a < args.length; a++) {
                args[a] = argExprs[a].eval(row, params);
            }
            if (distinctSeen[i] != null) {
                DataType[] argTypes = new DataType[argExprs.length];
                for (int a = 0; a < argTypes.length; a++) {
                    argTypes[a] = argExprs[a].type();
                }
                if (!distinctSeen[i].add(new ValueKey(args, argTypes))) {
                    continue;
                }
                kept += MemoryBudget.rowSize(args) + 48;
            }
            accumulators[i].add(args);
        }
        return kept;
    }

    /** Writes the aggregate results into {@code row} from {@code offset} on. */
    void results(Object[] row, int offset, Object[] params) {
        for (int i = 0; i < accumulators.length; i++) {
            int shared = calls[i].stateOf();
            if (shared >= 0) {
                ((io.pglitedb.routines.UserAggregate.State) accumulators[i]).shareStateOf(
                        (io.pglitedb.routines.UserAggregate.State) accumulators[shared]);
                row[offset + i] = accumulators[i].result();
                continue;
            }
            if (orderedRows[i] != null) {
                OrderedAggregation.finish(calls[i], orderedRows[i], accumulators[i], params);
            }
            row[offset + i] = accumulators[i].result();
        }
    }
}
