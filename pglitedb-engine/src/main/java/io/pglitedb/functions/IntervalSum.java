package io.pglitedb.functions;

import io.pglitedb.types.IntervalType;
import io.pglitedb.types.IntervalValue;

/** sum(interval) and avg(interval) (interval_accum: the sum divided by the count as interval / float8). */
final class IntervalSum implements AggregateFunction.Accumulator {
    private final boolean avg;
    private IntervalValue sum;
    private long count;

    IntervalSum(boolean avg) {
        this.avg = avg;
    }

    @Override
    public void add(Object[] args) {
        IntervalValue v = (IntervalValue) args[0];
        if (v == null) {
            return;
        }
        sum = sum == null ? v : IntervalType.add(sum, v);
        count++;
    }

    @Override
    public Object result() {
        if (sum == null) {
            return null;
        }
        return avg ? IntervalType.divide(sum, count) : sum;
    }
}
