package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.sql.plan.WindowAgg;
import io.pglitedb.sql.plan.WindowAgg.Frame;
import io.pglitedb.types.PgType;
import java.util.Arrays;

/**
 * One window partition in window order and the window functions computed over it: its rows (by
 * position), each row's peer group (rows equal in the ORDER BY keys: first and last position of
 * the row's group and the group's 1-based number, and each group's first and last position), and,
 * for RANGE offsets, the one ORDER BY key's values with its type and direction. Frames are found by
 * position as nodeWindowAgg finds them.
 */
final class WindowPartition {
    private final ExecContext context;
    private final PartitionRows rows;
    private final int size;
    private final int[] peerStart;
    private final int[] peerEnd;
    private final int[] peerNumber;
    private final int groups;
    private final int[] groupFirst;
    private final int[] groupLast;
    private final Object[] rangeKeys;
    private final PgType keyType;
    private final boolean descending;
    private final boolean nullsFirst;

    /**
     * @param peerNumber each row's peer group number (1-based, ascending), as found in reading
     * @param rangeKeys the one ORDER BY key per row, or null when the window has not exactly one
     */
    WindowPartition(ExecContext context, PartitionRows rows, int[] peerNumber, Object[] rangeKeys, PgType keyType,
            boolean descending, boolean nullsFirst) {
        this.context = context;
        this.rows = rows;
        this.size = rows.size();
        this.peerNumber = peerNumber;
        this.rangeKeys = rangeKeys;
        this.keyType = keyType;
        this.descending = descending;
        this.nullsFirst = nullsFirst;
        this.groups = size == 0 ? 0 : peerNumber[size - 1];
        this.groupFirst = new int[groups + 2];
        this.groupLast = new int[groups + 2];
        for (int i = size - 1; i >= 0; i--) {
            groupFirst[peerNumber[i]] = i;
        }
        for (int i = 0; i < size; i++) {
            groupLast[peerNumber[i]] = i;
        }
        this.peerStart = new int[size];
        this.peerEnd = new int[size];
        for (int i = 0; i < size; i++) {
            peerStart[i] = groupFirst[peerNumber[i]];
            peerEnd[i] = groupLast[peerNumber[i]];
        }
    }

    /** Computes the function for each row of the partition into {@code out} (by position). */
    void compute(WindowAgg.Function function, Object[] out, Frame frame) {
        Object[] params = context.params();
        switch (function.kind()) {
            case ROW_NUMBER -> {
                for (int i = 0; i < size; i++) {
                    out[i] = (long) (i + 1);
                }
            }
            case RANK -> {
                for (int i = 0; i < size; i++) {
                    out[i] = (long) (peerStart[i] + 1);
                }
            }
            case DENSE_RANK -> {
                for (int i = 0; i < size; i++) {
                    out[i] = (long) peerNumber[i];
                }
            }
            case PERCENT_RANK -> {
                for (int i = 0; i < size; i++) {
                    out[i] = size == 1 ? 0.0 : (double) peerStart[i] / (size - 1);
                }
            }
            case CUME_DIST -> {
                for (int i = 0; i < size; i++) {
                    out[i] = (double) (peerEnd[i] + 1) / size;
                }
            }
            case NTILE -> {
                Object v = function.args()[0].eval(rows.get(0), params);
                if (v == null) {
                    Arrays.fill(out, null);
                    return;
                }
                long buckets = ((Number) v).longValue();
                if (buckets <= 0) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument of ntile must be greater than zero");
                }
                long base = size / buckets;
                long extra = size % buckets;
                int i = 0;
                for (long b = 1; i < size; b++) {
                    long count = base + (b <= extra ? 1 : 0);
                    for (long c = 0; c < count && i < size; c++) {
                        out[i++] = (int) b;
                    }
                    if (count == 0) {
                        break;
                    }
                }
            }
            case LAG, LEAD -> {
                BoundExpr[] args = function.args();
                for (int i = 0; i < size; i++) {
                    Object[] current = rows.get(i);
                    long offset = 1;
                    if (args.length > 1) {
                        Object o = args[1].eval(current, params);
                        if (o == null) {
                            out[i] = null;
                            continue;
                        }
                        offset = ((Number) o).longValue();
                    }
                    long target = function.kind() == WindowAgg.Kind.LAG ? i - offset : i + offset;
                    if (target >= 0 && target < size) {
                        out[i] = args[0].eval(rows.get((int) target), params);
                    } else {
                        out[i] = args.length > 2 ? args[2].eval(current, params) : null;
                    }
                }
            }
            case FIRST_VALUE, LAST_VALUE, NTH_VALUE -> {
                for (int i = 0; i < size; i++) {
                    int s = Math.max(0, frameStart(frame, i, params));
                    int e = Math.min(size - 1, frameEnd(frame, i, params));
                    long k;
                    if (function.kind() == WindowAgg.Kind.NTH_VALUE) {
                        Object nth = function.args()[1].eval(rows.get(i), params);
                        if (nth == null) {
                            out[i] = null;
                            continue;
                        }
                        k = ((Number) nth).longValue();
                        if (k <= 0) {
                            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                    "argument of nth_value must be greater than zero");
                        }
                    } else {
                        k = 1;
                    }
                    int target = -1;
                    if (function.kind() == WindowAgg.Kind.LAST_VALUE) {
                        for (int j = e; j >= s; j--) {
                            if (!excluded(frame, j, i)) {
                                target = j;
                                break;
                            }
                        }
                    } else {
                        long seen = 0;
                        for (int j = s; j <= e; j++) {
                            if (!excluded(frame, j, i) && ++seen == k) {
                                target = j;
                                break;
                            }
                        }
                    }
                    out[i] = target < 0 ? null : function.args()[0].eval(rows.get(target), params);
                }
            }
            case AGGREGATE -> aggregate(function, out, frame);
        }
    }

    private void aggregate(WindowAgg.Function function, Object[] out, Frame frame) {
        Object[] params = context.params();
        AggregateFunction aggregate = function.aggregate();
        boolean filtered = aggregate instanceof io.pglitedb.functions.FilteredAggregate;
        AggregateFunction inner = filtered ? ((io.pglitedb.functions.FilteredAggregate) aggregate).inner() : aggregate;
        if (frame.start() != Frame.Bound.UNBOUNDED_PRECEDING && inner instanceof io.pglitedb.routines.UserAggregate user
                && user.movingMode() != null) {
            movingAggregate(function, user, filtered, out, frame);
            return;
        }
        if (frame.start() == Frame.Bound.UNBOUNDED_PRECEDING && frame.exclusion() == Frame.Exclusion.NO_OTHERS) {
            // the frame only grows: one running accumulator
            AggregateFunction.Accumulator acc = aggregate.newAccumulator(params);
            int added = 0;
            for (int i = 0; i < size; i++) {
                int e = Math.min(size - 1, frameEnd(frame, i, params));
                while (added <= e) {
                    acc.add(evalAll(function.args(), rows.get(added), params));
                    added++;
                }
                out[i] = acc.result();
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            int s = Math.max(0, frameStart(frame, i, params));
            int e = Math.min(size - 1, frameEnd(frame, i, params));
            AggregateFunction.Accumulator acc = aggregate.newAccumulator(params);
            for (int j = s; j <= e; j++) {
                if (!excluded(frame, j, i)) {
                    acc.add(evalAll(function.args(), rows.get(j), params));
                }
            }
            out[i] = acc.result();
        }
    }

    /**
     * nodeWindowAgg's eval_windowaggregates in moving-aggregate mode: rows that left the frame's
     * head are removed with the inverse transition function instead of starting over. It starts
     * over at a partition's first row, with EXCLUDE, when the new frame does not overlap the old
     * one, and when the inverse function returns NULL.
     */
    private void movingAggregate(WindowAgg.Function function, io.pglitedb.routines.UserAggregate aggregate,
            boolean filtered, Object[] out, Frame frame) {
        Object[] params = context.params();
        io.pglitedb.routines.UserAggregate.State state = aggregate.newMovingAccumulator(params);
        int base = 0;
        int upto = 0;
        for (int i = 0; i < size; i++) {
            int head = Math.max(0, Math.min(size, frameStart(frame, i, params)));
            int end = Math.min(size - 1, frameEnd(frame, i, params));
            boolean restart = i == 0 || frame.exclusion() != Frame.Exclusion.NO_OTHERS || upto <= head;
            while (!restart && base < head) {
                Object[] args = movingArguments(function, filtered, rows.get(base), params);
                if (args != null && !state.remove(args)) {
                    restart = true;
                }
                base++;
            }
            base = head;
            if (restart) {
                state.reset();
                upto = head;
            }
            while (upto <= end) {
                if (!excluded(frame, upto, i)) {
                    Object[] args = movingArguments(function, filtered, rows.get(upto), params);
                    if (args != null) {
                        state.add(args);
                    }
                }
                upto++;
            }
            out[i] = state.result();
        }
    }

    /** The aggregate's arguments for one row, or null when its FILTER leaves the row out. */
    private static Object[] movingArguments(WindowAgg.Function function, boolean filtered, Object[] row,
            Object[] params) {
        Object[] args = evalAll(function.args(), row, params);
        if (!filtered) {
            return args;
        }
        if (!Boolean.TRUE.equals(args[args.length - 1])) {
            return null;
        }
        return java.util.Arrays.copyOf(args, args.length - 1);
    }

    /** Whether position j of the frame of the row at position i is left out by EXCLUDE. */
    private boolean excluded(Frame frame, int j, int i) {
        return switch (frame.exclusion()) {
            case NO_OTHERS -> false;
            case CURRENT_ROW -> j == i;
            case GROUP -> peerNumber[j] == peerNumber[i];
            case TIES -> j != i && peerNumber[j] == peerNumber[i];
        };
    }

    /** First position of the frame of the row at position i (may be past the end: empty frame). */
    private int frameStart(Frame frame, int i, Object[] params) {
        return switch (frame.start()) {
            case UNBOUNDED_PRECEDING -> 0;
            case CURRENT_ROW -> frame.mode() == Frame.Mode.ROWS ? i : peerStart[i];
            case OFFSET_PRECEDING, OFFSET_FOLLOWING -> {
                boolean preceding = frame.start() == Frame.Bound.OFFSET_PRECEDING;
                yield switch (frame.mode()) {
                    case ROWS -> {
                        long off = offset(frame.startOffset(), params);
                        yield (int) Math.max(-1, Math.min(size, shift(i, off, preceding)));
                    }
                    case GROUPS -> {
                        long g = shift(peerNumber[i], offset(frame.startOffset(), params), preceding);
                        yield g < 1 ? 0 : g > groups ? size : groupFirst[(int) g];
                    }
                    case RANGE -> {
                        Object v = rangeKeys[i];
                        if (v == null) {
                            yield peerStart[i];
                        }
                        Object off = rangeOffset(frame.startOffset(), params);
                        // nodeWindowAgg's update_frameheadpos: the first row with in_range true
                        boolean sub = preceding != descending;
                        boolean less = descending;
                        int j = 0;
                        while (j < size && !inRange(j, v, off, sub, less, !nullsFirst)) {
                            j++;
                        }
                        yield j;
                    }
                };
            }
            case UNBOUNDED_FOLLOWING -> size;
        };
    }

    /** {@code base -/+ offset} for a non-negative base and offset, saturating instead of overflowing. */
    private static long shift(long base, long offset, boolean back) {
        if (back) {
            return base - offset;
        }
        long sum = base + offset;
        return sum < base ? Long.MAX_VALUE : sum;
    }

    /** Last position of the frame of the row at position i (may be before the start: empty frame). */
    private int frameEnd(Frame frame, int i, Object[] params) {
        return switch (frame.end()) {
            case UNBOUNDED_FOLLOWING -> size - 1;
            case CURRENT_ROW -> frame.mode() == Frame.Mode.ROWS ? i : peerEnd[i];
            case OFFSET_PRECEDING, OFFSET_FOLLOWING -> {
                boolean preceding = frame.end() == Frame.Bound.OFFSET_PRECEDING;
                yield switch (frame.mode()) {
                    case ROWS -> {
                        long off = offset(frame.endOffset(), params);
                        yield (int) Math.max(-1, Math.min(size - 1, shift(i, off, preceding)));
                    }
                    case GROUPS -> {
                        long g = shift(peerNumber[i], offset(frame.endOffset(), params), preceding);
                        yield g < 1 ? -1 : g > groups ? size - 1 : groupLast[(int) g];
                    }
                    case RANGE -> {
                        Object v = rangeKeys[i];
                        if (v == null) {
                            yield peerEnd[i];
                        }
                        Object off = rangeOffset(frame.endOffset(), params);
                        // update_frametailpos: the last row with in_range true
                        boolean sub = preceding != descending;
                        boolean less = !descending;
                        int j = size - 1;
                        while (j >= 0 && !inRange(j, v, off, sub, less, nullsFirst)) {
                            j--;
                        }
                        yield j;
                    }
                };
            }
            case UNBOUNDED_PRECEDING -> -1;
        };
    }

    /**
     * Whether the key at position j is on the frame's side of {@code base -/+ offset}; a NULL key
     * (sorted at its end of the partition) is {@code nullAnswer}.
     */
    private boolean inRange(int j, Object base, Object offset, boolean sub, boolean less,
            boolean nullAnswer) {
        Object k = rangeKeys[j];
        return k == null ? nullAnswer : RangeOffsets.inRange(keyType, k, base, offset, sub, less);
    }

    private Object rangeOffset(BoundExpr expr, Object[] params) {
        Object v = expr.eval(new Object[0], params);
        if (v == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "frame starting offset must not be null");
        }
        RangeOffsets.checkOffset(keyType, v);
        return v;
    }

    private static long offset(BoundExpr expr, Object[] params) {
        Object v = expr.eval(new Object[0], params);
        if (v == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "frame starting offset must not be null");
        }
        long n = ((Number) v).longValue();
        if (n < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "frame starting offset must not be negative");
        }
        return n;
    }

    static Object[] evalAll(BoundExpr[] exprs, Object[] row, Object[] params) {
        Object[] values = new Object[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            values[i] = exprs[i].eval(row, params);
        }
        return values;
    }
}
