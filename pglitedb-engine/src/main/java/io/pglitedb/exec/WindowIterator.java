package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.sql.plan.WindowAgg;
import io.pglitedb.sql.plan.WindowAgg.Frame;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Computes window functions over the whole (materialised) input: per window, the rows are sorted
 * by partition then order keys (PostgreSQL's quicksort over the previous window's order);
 * partitions and peer groups (rows equal in the order keys) are found in that order, and each function's value is stored per input row. The rows then come
 * out in the last window's order, the function values in their slots.
 */
final class WindowIterator implements RowIterator {
    private final WindowAgg plan;
    private final RowIterator input;
    private final ExecContext context;
    private List<Object[]> rows;
    private Object[][] results;
    private Integer[] order;
    private int next;
    /** What the kept input and the function results hold of the statement's memory budget. */
    private long reserved;

    WindowIterator(WindowAgg plan, RowIterator input, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (rows == null) {
            compute();
        }
        if (next >= order.length) {
            return null;
        }
        int r = order[next++];
        List<WindowAgg.Function> functions = plan.functions();
        for (int f = 0; f < functions.size(); f++) {
            context.setSlot(functions.get(f).slot(), results[f][r]);
        }
        return rows.get(r);
    }

    private void compute() {
        rows = new ArrayList<>();
        Object[] row;
        while ((row = input.next()) != null) {
            context.checkCancelled();
            long size = MemoryBudget.rowSize(row) + 24L * (1 + plan.functions().size());
            context.memory().reserve(size);
            reserved += size;
            rows.add(row.clone());
        }
        int n = rows.size();
        results = new Object[plan.functions().size()][n];
        order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int w = 0; w < plan.windows().size(); w++) {
            order = computeWindow(w, n, order);
        }
    }

    /** Window w over the rows in the order the previous window left them (PostgreSQL sorts that output). */
    private Integer[] computeWindow(int w, int n, Integer[] input) {
        WindowAgg.Window window = plan.windows().get(w);
        Object[] params = context.params();
        Object[][] partKeys = new Object[n][];
        Object[][] orderKeys = new Object[n][];
        for (int i = 0; i < n; i++) {
            partKeys[i] = evalAll(window.partitionBy(), rows.get(i), params);
            orderKeys[i] = evalAll(window.orderBy(), rows.get(i), params);
        }
        Integer[] perm = input.clone();
        Comparator<Integer> byPartition = (a, b) -> compareKeys(partKeys[a], partKeys[b], window.partitionTypes(),
                null, null);
        Comparator<Integer> byOrder = (a, b) -> compareKeys(orderKeys[a], orderKeys[b], window.orderTypes(),
                window.descending(), window.nullsFirst());
        PostgresQuicksort.sort(perm, n, byPartition.thenComparing(byOrder));
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && byPartition.compare(perm[start], perm[end]) == 0) {
                end++;
            }
            // peer group bounds, per position in the partition
            int size = end - start;
            int[] peerStart = new int[size];
            int[] peerEnd = new int[size];
            int[] peerNumber = new int[size];
            int groupStart = 0;
            int group = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0 && byOrder.compare(perm[start + i - 1], perm[start + i]) != 0) {
                    for (int j = groupStart; j < i; j++) {
                        peerEnd[j] = i - 1;
                    }
                    groupStart = i;
                    group++;
                }
                peerStart[i] = groupStart;
                peerNumber[i] = group + 1;
            }
            for (int j = groupStart; j < size; j++) {
                peerEnd[j] = size - 1;
            }
            Integer[] rowsOfPartition = Arrays.copyOfRange(perm, start, end);
            int groups = group + 1;
            int[] groupFirst = new int[groups + 2];
            int[] groupLast = new int[groups + 2];
            for (int i = size - 1; i >= 0; i--) {
                groupFirst[peerNumber[i]] = i;
            }
            for (int i = 0; i < size; i++) {
                groupLast[peerNumber[i]] = i;
            }
            Object[] rangeKeys = null;
            if (window.orderBy().length == 1) {
                rangeKeys = new Object[size];
                for (int i = 0; i < size; i++) {
                    rangeKeys[i] = orderKeys[rowsOfPartition[i]][0];
                }
            }
            Partition part = new Partition(rowsOfPartition, peerStart, peerEnd, peerNumber, groups, groupFirst, groupLast,
                    rangeKeys, window.orderBy().length == 1 ? window.orderBy()[0].type().type() : null,
                    window.descending().length > 0 && window.descending()[0],
                    window.nullsFirst().length > 0 && window.nullsFirst()[0]);
            for (int f = 0; f < plan.functions().size(); f++) {
                WindowAgg.Function function = plan.functions().get(f);
                if (function.window() == w) {
                    computeFunction(function, results[f], part, window.frame());
                }
            }
            context.checkCancelled();
            start = end;
        }
        return perm;
    }

    /**
     * One partition in window order: input row numbers, peer groups (first and last position of
     * each row's group, its 1-based group number, and each group's first and last position), and
     * for RANGE offsets the one ORDER BY key's values, its type and direction.
     */
    private record Partition(Integer[] rows, int[] peerStart, int[] peerEnd, int[] peerNumber, int groups,
            int[] groupFirst, int[] groupLast, Object[] rangeKeys, io.pglitedb.types.PgType keyType,
            boolean descending, boolean nullsFirst) {
    }

    private void computeFunction(WindowAgg.Function function, Object[] out, Partition p, Frame frame) {
        Integer[] part = p.rows();
        int[] peerStart = p.peerStart();
        int[] peerEnd = p.peerEnd();
        int[] peerNumber = p.peerNumber();
        int size = part.length;
        Object[] params = context.params();
        switch (function.kind()) {
            case ROW_NUMBER -> {
                for (int i = 0; i < size; i++) {
                    out[part[i]] = (long) (i + 1);
                }
            }
            case RANK -> {
                for (int i = 0; i < size; i++) {
                    out[part[i]] = (long) (peerStart[i] + 1);
                }
            }
            case DENSE_RANK -> {
                for (int i = 0; i < size; i++) {
                    out[part[i]] = (long) peerNumber[i];
                }
            }
            case PERCENT_RANK -> {
                for (int i = 0; i < size; i++) {
                    out[part[i]] = size == 1 ? 0.0 : (double) peerStart[i] / (size - 1);
                }
            }
            case CUME_DIST -> {
                for (int i = 0; i < size; i++) {
                    out[part[i]] = (double) (peerEnd[i] + 1) / size;
                }
            }
            case NTILE -> {
                Object v = function.args()[0].eval(rows.get(part[0]), params);
                if (v == null) {
                    for (Integer r : part) {
                        out[r] = null;
                    }
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
                        out[part[i++]] = (int) b;
                    }
                    if (count == 0) {
                        break;
                    }
                }
            }
            case LAG, LEAD -> {
                BoundExpr[] args = function.args();
                for (int i = 0; i < size; i++) {
                    Object[] current = rows.get(part[i]);
                    long offset = 1;
                    if (args.length > 1) {
                        Object o = args[1].eval(current, params);
                        if (o == null) {
                            out[part[i]] = null;
                            continue;
                        }
                        offset = ((Number) o).longValue();
                    }
                    long target = function.kind() == WindowAgg.Kind.LAG ? i - offset : i + offset;
                    if (target >= 0 && target < size) {
                        out[part[i]] = args[0].eval(rows.get(part[(int) target]), params);
                    } else {
                        out[part[i]] = args.length > 2 ? args[2].eval(current, params) : null;
                    }
                }
            }
            case FIRST_VALUE, LAST_VALUE, NTH_VALUE -> {
                for (int i = 0; i < size; i++) {
                    int s = Math.max(0, frameStart(frame, i, p, params));
                    int e = Math.min(size - 1, frameEnd(frame, i, p, params));
                    long k;
                    if (function.kind() == WindowAgg.Kind.NTH_VALUE) {
                        Object nth = function.args()[1].eval(rows.get(part[i]), params);
                        if (nth == null) {
                            out[part[i]] = null;
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
                            if (!excluded(frame, j, i, p)) {
                                target = j;
                                break;
                            }
                        }
                    } else {
                        long seen = 0;
                        for (int j = s; j <= e; j++) {
                            if (!excluded(frame, j, i, p) && ++seen == k) {
                                target = j;
                                break;
                            }
                        }
                    }
                    out[part[i]] = target < 0 ? null : function.args()[0].eval(rows.get(part[target]), params);
                }
            }
            case AGGREGATE -> aggregate(function, out, p, frame);
        }
    }

    private void aggregate(WindowAgg.Function function, Object[] out, Partition p, Frame frame) {
        Integer[] part = p.rows();
        int size = part.length;
        Object[] params = context.params();
        AggregateFunction aggregate = function.aggregate();
        boolean filtered = aggregate instanceof io.pglitedb.functions.FilteredAggregate;
        AggregateFunction inner = filtered ? ((io.pglitedb.functions.FilteredAggregate) aggregate).inner() : aggregate;
        if (frame.start() != Frame.Bound.UNBOUNDED_PRECEDING && inner instanceof io.pglitedb.routines.UserAggregate user
                && user.movingMode() != null) {
            movingAggregate(function, user, filtered, out, p, frame);
            return;
        }
        if (frame.start() == Frame.Bound.UNBOUNDED_PRECEDING && frame.exclusion() == Frame.Exclusion.NO_OTHERS) {
            // the frame only grows: one running accumulator
            AggregateFunction.Accumulator acc = aggregate.newAccumulator(params);
            int added = 0;
            for (int i = 0; i < size; i++) {
                int e = Math.min(size - 1, frameEnd(frame, i, p, params));
                while (added <= e) {
                    acc.add(evalAll(function.args(), rows.get(part[added]), params));
                    added++;
                }
                out[part[i]] = acc.result();
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            int s = Math.max(0, frameStart(frame, i, p, params));
            int e = Math.min(size - 1, frameEnd(frame, i, p, params));
            AggregateFunction.Accumulator acc = aggregate.newAccumulator(params);
            for (int j = s; j <= e; j++) {
                if (!excluded(frame, j, i, p)) {
                    acc.add(evalAll(function.args(), rows.get(part[j]), params));
                }
            }
            out[part[i]] = acc.result();
        }
    }

    /**
     * nodeWindowAgg's eval_windowaggregates in moving-aggregate mode: rows that left the frame's
     * head are removed with the inverse transition function instead of starting over. It starts
     * over at a partition's first row, with EXCLUDE, when the new frame does not overlap the old
     * one, and when the inverse function returns NULL.
     */
    private void movingAggregate(WindowAgg.Function function, io.pglitedb.routines.UserAggregate aggregate,
            boolean filtered, Object[] out, Partition p, Frame frame) {
        Integer[] part = p.rows();
        int size = part.length;
        Object[] params = context.params();
        io.pglitedb.routines.UserAggregate.State state = aggregate.newMovingAccumulator(params);
        int base = 0;
        int upto = 0;
        for (int i = 0; i < size; i++) {
            int head = Math.max(0, Math.min(size, frameStart(frame, i, p, params)));
            int end = Math.min(size - 1, frameEnd(frame, i, p, params));
            boolean restart = i == 0 || frame.exclusion() != Frame.Exclusion.NO_OTHERS || upto <= head;
            while (!restart && base < head) {
                Object[] args = movingArguments(function, filtered, rows.get(part[base]), params);
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
                if (!excluded(frame, upto, i, p)) {
                    Object[] args = movingArguments(function, filtered, rows.get(part[upto]), params);
                    if (args != null) {
                        state.add(args);
                    }
                }
                upto++;
            }
            out[part[i]] = state.result();
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
    private static boolean excluded(Frame frame, int j, int i, Partition p) {
        return switch (frame.exclusion()) {
            case NO_OTHERS -> false;
            case CURRENT_ROW -> j == i;
            case GROUP -> p.peerNumber()[j] == p.peerNumber()[i];
            case TIES -> j != i && p.peerNumber()[j] == p.peerNumber()[i];
        };
    }

    /** First position of the frame of the row at position i (may be past the end: empty frame). */
    private static int frameStart(Frame frame, int i, Partition p, Object[] params) {
        int size = p.rows().length;
        return switch (frame.start()) {
            case UNBOUNDED_PRECEDING -> 0;
            case CURRENT_ROW -> frame.mode() == Frame.Mode.ROWS ? i : p.peerStart()[i];
            case OFFSET_PRECEDING, OFFSET_FOLLOWING -> {
                boolean preceding = frame.start() == Frame.Bound.OFFSET_PRECEDING;
                yield switch (frame.mode()) {
                    case ROWS -> {
                        long off = offset(frame.startOffset(), params);
                        yield (int) Math.max(-1, Math.min(size, shift(i, off, preceding)));
                    }
                    case GROUPS -> {
                        long g = shift(p.peerNumber()[i], offset(frame.startOffset(), params), preceding);
                        yield g < 1 ? 0 : g > p.groups() ? size : p.groupFirst()[(int) g];
                    }
                    case RANGE -> {
                        Object v = p.rangeKeys()[i];
                        if (v == null) {
                            yield p.peerStart()[i];
                        }
                        Object off = rangeOffset(frame.startOffset(), p, params);
                        // nodeWindowAgg's update_frameheadpos: the first row with in_range true
                        boolean sub = preceding != p.descending();
                        boolean less = p.descending();
                        int j = 0;
                        while (j < size && !inRange(p, j, v, off, sub, less, !p.nullsFirst())) {
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
    private static int frameEnd(Frame frame, int i, Partition p, Object[] params) {
        int size = p.rows().length;
        return switch (frame.end()) {
            case UNBOUNDED_FOLLOWING -> size - 1;
            case CURRENT_ROW -> frame.mode() == Frame.Mode.ROWS ? i : p.peerEnd()[i];
            case OFFSET_PRECEDING, OFFSET_FOLLOWING -> {
                boolean preceding = frame.end() == Frame.Bound.OFFSET_PRECEDING;
                yield switch (frame.mode()) {
                    case ROWS -> {
                        long off = offset(frame.endOffset(), params);
                        yield (int) Math.max(-1, Math.min(size - 1, shift(i, off, preceding)));
                    }
                    case GROUPS -> {
                        long g = shift(p.peerNumber()[i], offset(frame.endOffset(), params), preceding);
                        yield g < 1 ? -1 : g > p.groups() ? size - 1 : p.groupLast()[(int) g];
                    }
                    case RANGE -> {
                        Object v = p.rangeKeys()[i];
                        if (v == null) {
                            yield p.peerEnd()[i];
                        }
                        Object off = rangeOffset(frame.endOffset(), p, params);
                        // update_frametailpos: the last row with in_range true
                        boolean sub = preceding != p.descending();
                        boolean less = !p.descending();
                        int j = size - 1;
                        while (j >= 0 && !inRange(p, j, v, off, sub, less, p.nullsFirst())) {
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
    private static boolean inRange(Partition p, int j, Object base, Object offset, boolean sub, boolean less,
            boolean nullAnswer) {
        Object k = p.rangeKeys()[j];
        return k == null ? nullAnswer : RangeOffsets.inRange(p.keyType(), k, base, offset, sub, less);
    }

    private static Object rangeOffset(BoundExpr expr, Partition p, Object[] params) {
        Object v = expr.eval(new Object[0], params);
        if (v == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "frame starting offset must not be null");
        }
        RangeOffsets.checkOffset(p.keyType(), v);
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

    private static Object[] evalAll(BoundExpr[] exprs, Object[] row, Object[] params) {
        Object[] values = new Object[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            values[i] = exprs[i].eval(row, params);
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object[] a, Object[] b, io.pglitedb.types.DataType[] types, boolean[] descending,
            boolean[] nullsFirst) {
        for (int k = 0; k < a.length; k++) {
            Object x = a[k];
            Object y = b[k];
            boolean desc = descending != null && descending[k];
            boolean nf = nullsFirst != null ? nullsFirst[k] : false;
            int c;
            if (x == null || y == null) {
                if (x == y) {
                    continue;
                }
                c = x == null ? 1 : -1;
                return nf ? -c : c;
            }
            c = types[k].type().compare(x, y);
            if (c != 0) {
                return desc ? -c : c;
            }
        }
        return 0;
    }

    @Override
    public void close() {
        context.memory().release(reserved);
        reserved = 0;
        input.close();
    }
}
