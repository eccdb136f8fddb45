package io.pglitedb.exec;

/**
 * A whole EXPLAIN: the plan's {@code root}, what it shows (actual rows under {@code analyze}, with
 * times under {@code timing}; our estimates when {@code costs}; Planning and, under ANALYZE,
 * Execution Time when {@code summary}; buffer usage when {@code buffers}, with I/O times when
 * {@code ioTiming}, PostgreSQL's track_io_timing; the changed planner {@code settings}, null when
 * not asked for) and those two times in milliseconds.
 */
record ExplainPlan(ExplainNode root, boolean analyze, boolean timing, boolean costs, boolean summary,
        boolean buffers, boolean ioTiming, java.util.List<java.util.Map.Entry<String, String>> settings,
        double planningMillis, double executionMillis) {
}
