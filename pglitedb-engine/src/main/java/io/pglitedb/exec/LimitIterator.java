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

    LimitIterator(RowIterator input, Limit plan, ExecContext context) {
        this.input = input;
        this.remaining = count(plan.limit(), context, "LIMIT", Long.MAX_VALUE);
        this.toSkip = count(plan.offset(), context, "OFFSET", 0);
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
            return null;
        }
        remaining--;
        return input.next();
    }

    @Override
    public void close() {
        input.close();
    }
}
