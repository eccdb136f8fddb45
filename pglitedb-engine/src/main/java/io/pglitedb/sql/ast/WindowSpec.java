package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A window: {@code ([existing] [PARTITION BY exprs] [ORDER BY items] [frame])}, or just the name
 * of a window of the WINDOW clause ({@code OVER w}: refName set, the rest empty). frame is null when
 * not written (RANGE UNBOUNDED PRECEDING to CURRENT ROW, PostgreSQL's default).
 */
public record WindowSpec(String refName, List<Expr> partitionBy, List<OrderItem> orderBy, Frame frame, int position) {
    public WindowSpec {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /**
     * {@code ROWS | RANGE | GROUPS BETWEEN start AND end [EXCLUDE ...]} (end CURRENT ROW when only
     * the start is written).
     */
    public record Frame(Mode mode, Bound start, Bound end, Exclusion exclusion, int position) {
        public enum Mode { ROWS, RANGE, GROUPS }

        public enum Exclusion { NO_OTHERS, CURRENT_ROW, GROUP, TIES }
    }

    /** A frame bound; offset is set for OFFSET_PRECEDING / OFFSET_FOLLOWING. */
    public record Bound(Kind kind, Expr offset, int position) {
        public enum Kind { UNBOUNDED_PRECEDING, OFFSET_PRECEDING, CURRENT_ROW, OFFSET_FOLLOWING, UNBOUNDED_FOLLOWING }
    }
}
