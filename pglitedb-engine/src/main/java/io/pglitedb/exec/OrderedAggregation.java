package io.pglitedb.exec;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.sql.plan.SortKey;
import io.pglitedb.types.DataType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aggregates over ordered input ({@code agg(x ORDER BY y)}, WITHIN GROUP): a group's rows are kept
 * as (argument values, key values), sorted when the group is complete and then fed to the
 * accumulator in that order (DISTINCT dropping repeated argument tuples). Hypothetical-set
 * aggregates instead place their direct arguments among the sorted keys.
 */
final class OrderedAggregation {
    private OrderedAggregation() {
    }

    /**
     * What one input row contributes: the arguments, then the keys; for a hypothetical set the keys,
     * then the direct arguments (the hypothetical row, read from the group's first row).
     */
    static Object[] inputRow(AggregateCall call, Object[] row, Object[] params) {
        BoundExpr[] keys = call.orderKeys();
        if (call.hypothetical()) {
            BoundExpr[] direct = call.arguments();
            Object[] out = new Object[keys.length + direct.length];
            for (int k = 0; k < keys.length; k++) {
                out[k] = keys[k].eval(row, params);
            }
            for (int d = 0; d < direct.length; d++) {
                out[keys.length + d] = direct[d].eval(row, params);
            }
            return out;
        }
        BoundExpr[] args = call.arguments();
        Object[] out = new Object[args.length + keys.length];
        for (int a = 0; a < args.length; a++) {
            out[a] = args[a].eval(row, params);
        }
        for (int k = 0; k < keys.length; k++) {
            out[args.length + k] = keys[k].eval(row, params);
        }
        return out;
    }

    static void finish(AggregateCall call, List<Object[]> rows, AggregateFunction.Accumulator accumulator,
            Object[] params) {
        RowComparator comparator = new RowComparator(Arrays.asList(call.order()));
        // PostgreSQL's sort, so inputs that tie in the ORDER BY reach the aggregate in its order
        Object[][] sorted = rows.toArray(new Object[0][]);
        PostgresQuicksort.sort(sorted, sorted.length, comparator);
        for (int i = 0; i < sorted.length; i++) {
            rows.set(i, sorted[i]);
        }
        if (call.hypothetical()) {
            hypothetical(call, rows, accumulator, comparator);
            return;
        }
        int width = call.arguments().length;
        Set<ValueKey> seen = call.distinct() ? new HashSet<>() : null;
        DataType[] types = null;
        if (seen != null) {
            types = new DataType[width];
            for (int a = 0; a < width; a++) {
                types[a] = call.arguments()[a].type();
            }
        }
        for (Object[] r : rows) {
            Object[] args = Arrays.copyOf(r, width);
            if (seen != null && !seen.add(new ValueKey(args, types))) {
                continue;
            }
            accumulator.add(args);
        }
        rows.clear();
    }

    private static void hypothetical(AggregateCall call, List<Object[]> rows, AggregateFunction.Accumulator accumulator,
            RowComparator comparator) {
        if (rows.isEmpty()) {
            accumulator.add(new Object[] {1L, 1L, 0L, 0L});
            return;
        }
        int width = call.arguments().length;
        Object[] probe = Arrays.copyOfRange(rows.get(0), width, 2 * width);
        long before = 0;
        long notAfter = 0;
        long distinctBefore = 0;
        Object[] previous = null;
        for (Object[] r : rows) {
            int c = comparator.compare(r, probe);
            if (c < 0) {
                before++;
                if (previous == null || comparator.compare(previous, r) != 0) {
                    distinctBefore++;
                }
                previous = r;
            }
            if (c <= 0) {
                notAfter++;
            }
        }
        accumulator.add(new Object[] {before + 1, distinctBefore + 1, notAfter, (long) rows.size()});
        rows.clear();
    }
}
