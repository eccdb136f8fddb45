package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.Limit;

/** Skips OFFSET rows, then passes at most LIMIT rows. */
final class LimitIterator implements RowIterator {
    private static final Object[] EMPTY = new Object[0];
    private final RowIterator input;
    private long toSkip;
    private long remaining;
    private final RowComparator ties;
    private Object[] last;

    LimitIterator(RowIterator input, Limit plan, ExecContext context) {
        this.input = input;
        this.remaining = count(plan.limit(), context, "LIMIT", Long.MAX_VALUE);
        this.toSkip = count(plan.offset(), context, "OFFSET", 0);
        this.ties = plan.ties() == null ? null : new RowComparator(java.util.List.of(plan.ties()));
        // under EXPLAIN ANALYZE the sort is wrapped in its instrumentation: bound it all the same
        RowIterator below = input instanceof InstrumentedIterator instrumented ? instrumented.input() : input;
        if (below instanceof SortIterator sort && ties == null && remaining != Long.MAX_VALUE
                && toSkip <= Long.MAX_VALUE - remaining) {
            sort.bound(remaining + toSkip); // as ExecSetTupleBound tells a Sort under a Limit
        }
    }

    private static long count(BoundExpr expr, ExecContext context, String clause, long absent) {
        if (expr == null) {
            return absent;
        }
        Object v = expr.eval(EMPTY, context.params());
        if (v == null) {
            return absent;
        }
        long n = ((Number) v).longValue();
        if (n < 0) {
            throw new PgException(clause.equals("LIMIT") ? SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE
                    : SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE,
                    "%s must not be negative", clause);
        }
        return n;
    }

    @Override
    public Object[] next() {
        while (toSkip > 0) {
            if (input.next() == null) {
                return null;
            }
            toSkip--;
        }
        if (remaining <= 0) {
            if (ties == null || last == null) {
                return null;
            }
            Object[] row = input.next();
            if (row == null || ties.compare(row, last) != 0) {
                last = null;
                return null;
            }
            return row;
        }
        remaining--;
        Object[] row = input.next();
        if (ties != null) {
            last = row;
        }
        return row;
    }

    @Override
    public void close() {
        input.close();
    }
}
