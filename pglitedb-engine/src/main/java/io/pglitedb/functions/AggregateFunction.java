package io.pglitedb.functions;

import io.pglitedb.types.DataType;
import java.util.List;

/** A resolved aggregate: count, sum, avg, min, max with PostgreSQL's result types. */
public interface AggregateFunction {
    String name();

    /** The types the arguments are coerced to (empty for count(*)). */
    List<DataType> argumentTypes();

    /** sum(int4) is bigint, sum(int8) and avg(int*) numeric, avg(float8) float8 ... */
    DataType resultType();

    Accumulator newAccumulator();

    /**
     * An accumulator for one statement's run: {@code params} are its parameters with its
     * ExecContext last (aggregates that call SQL functions need it).
     */
    default Accumulator newAccumulator(Object[] params) {
        return newAccumulator();
    }

    /** The running state of one aggregate over one group. */
    interface Accumulator {
        /** @param args the argument values (nulls included; strict aggregates skip them) */
        void add(Object[] args);

        /** The aggregate's value: null for sum/avg/min/max of no rows, 0 for count. */
        Object result();
    }

    /**
     * An accumulator whose state merges with another's of the same aggregate, as PostgreSQL's
     * combine functions do for a parallel plan's partial aggregates: only where the merged state
     * equals the state of one accumulator fed all the inputs in order, so the result (and any
     * error it raises) is the serial plan's (exact sums, min/max keeping the first of equal
     * values; not float sums, whose rounding depends on the order).
     */
    interface Combinable extends Accumulator {
        /**
         * Adds the state of {@code later} (an accumulator of the same aggregate, fed inputs that
         * come after this one's) to this state; {@code later} is not used afterwards.
         */
        void combine(Accumulator later);
    }
}
