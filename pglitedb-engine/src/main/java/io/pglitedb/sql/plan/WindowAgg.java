package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * Window functions: reads its input, and for each window sorts the rows by partition and order
 * keys and computes that window's functions; then passes the input rows on (in the last window's
 * order), each time setting every function's slot to its value for that row (the projection above
 * reads the slots).
 */
public record WindowAgg(PlanNode input, List<Window> windows, List<Function> functions) implements PlanNode {
    public WindowAgg {
        windows = List.copyOf(windows);
        functions = List.copyOf(functions);
    }

    /** PARTITION BY and ORDER BY (over input rows) and the frame. */
    public record Window(BoundExpr[] partitionBy, BoundExpr[] orderBy, boolean[] descending, boolean[] nullsFirst,
            DataType[] partitionTypes, DataType[] orderTypes, Frame frame) {
    }

    /**
     * The frame: RANGE from the partition start to the current row's last peer unless written.
     * Offsets are row-independent; RANGE offsets need one ORDER BY key of a type with an in_range
     * rule (numbers, dates, times, timestamps, intervals) and are of that rule's offset type.
     */
    public record Frame(Mode mode, Bound start, BoundExpr startOffset, Bound end, BoundExpr endOffset,
            Exclusion exclusion) {
        public enum Mode { ROWS, RANGE, GROUPS }

        public enum Bound { UNBOUNDED_PRECEDING, OFFSET_PRECEDING, CURRENT_ROW, OFFSET_FOLLOWING, UNBOUNDED_FOLLOWING }

        public enum Exclusion { NO_OTHERS, CURRENT_ROW, GROUP, TIES }

        public static final Frame DEFAULT = new Frame(Mode.RANGE, Bound.UNBOUNDED_PRECEDING, null, Bound.CURRENT_ROW, null,
                Exclusion.NO_OTHERS);
    }

    /** One window function call: what it computes, its arguments, its window, the slot it sets. */
    public record Function(Kind kind, AggregateFunction aggregate, BoundExpr[] args, int window, int slot,
            DataType type) {
    }

    public enum Kind {
        ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST, NTILE, LAG, LEAD, FIRST_VALUE, LAST_VALUE, NTH_VALUE,
        AGGREGATE
    }

    @Override
    public int width() {
        return input.width();
    }
}
