package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.plan.GenerateSeries;
import io.pglitedb.types.Types;
import java.math.BigDecimal;

/** Produces generate_series values lazily (a million-row series never sits in memory). */
final class GenerateSeriesIterator implements RowIterator {
    private static final Object[] EMPTY = new Object[0];
    private final boolean numeric;
    private final boolean int4;
    private final ExecContext context;
    private long current;
    private long stop;
    private long step;
    private BigDecimal currentNumeric;
    private BigDecimal stopNumeric;
    private BigDecimal stepNumeric;
    private boolean done;

    GenerateSeriesIterator(GenerateSeries plan, ExecContext context) {
        this.context = context;
        this.numeric = plan.type().type() == Types.NUMERIC;
        this.int4 = plan.type().type() == Types.INT4;
        Object start = plan.start().eval(EMPTY, context.params());
        Object end = plan.stop().eval(EMPTY, context.params());
        Object by = plan.step() == null ? null : plan.step().eval(EMPTY, context.params());
        if (start == null || end == null || (plan.step() != null && by == null)) {
            done = true;
            return;
        }
        if (numeric) {
            currentNumeric = (BigDecimal) start;
            stopNumeric = (BigDecimal) end;
            stepNumeric = by == null ? BigDecimal.ONE : (BigDecimal) by;
            if (stepNumeric.signum() == 0) {
                throw stepZero();
            }
        } else {
            current = ((Number) start).longValue();
            stop = ((Number) end).longValue();
            step = by == null ? 1 : ((Number) by).longValue();
            if (step == 0) {
                throw stepZero();
            }
        }
    }

    private static PgException stepZero() {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
    }

    @Override
    public Object[] next() {
        if (done) {
            return null;
        }
        if (numeric) {
            int c = currentNumeric.compareTo(stopNumeric);
            if (stepNumeric.signum() > 0 ? c > 0 : c < 0) {
                done = true;
                return null;
            }
            Object[] row = {currentNumeric};
            currentNumeric = currentNumeric.add(stepNumeric);
            return row;
        }
        if (step > 0 ? current > stop : current < stop) {
            done = true;
            return null;
        }
        if ((current & 0xFFFF) == 0) {
            context.checkCancelled();
        }
        Object[] row = {int4 ? (Object) (int) current : (Object) current};
        long next = current + step;
        if ((step > 0 && next < current) || (step < 0 && next > current)) {
            done = true; // overflow: the series ends at the last representable value
        }
        current = next;
        return row;
    }
}
