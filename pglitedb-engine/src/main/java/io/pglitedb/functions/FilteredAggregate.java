package io.pglitedb.functions;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code agg(x) FILTER (WHERE cond)} as one aggregate: the condition's value comes as one more
 * (last) argument, and rows where it is not true never reach the wrapped aggregate. Used where the
 * caller only feeds arguments (window aggregates).
 */
public record FilteredAggregate(AggregateFunction inner) implements AggregateFunction {
    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public List<DataType> argumentTypes() {
        List<DataType> types = new ArrayList<>(inner.argumentTypes());
        types.add(DataType.of(Types.BOOL));
        return types;
    }

    @Override
    public DataType resultType() {
        return inner.resultType();
    }

    @Override
    public Accumulator newAccumulator() {
        return filtered(inner.newAccumulator());
    }

    @Override
    public Accumulator newAccumulator(Object[] params) {
        return filtered(inner.newAccumulator(params));
    }

    private static Accumulator filtered(Accumulator wrapped) {
        return new Accumulator() {
            @Override
            public void add(Object[] args) {
                if (Boolean.TRUE.equals(args[args.length - 1])) {
                    wrapped.add(Arrays.copyOf(args, args.length - 1));
                }
            }

            @Override
            public Object result() {
                return wrapped.result();
            }
        };
    }
}
