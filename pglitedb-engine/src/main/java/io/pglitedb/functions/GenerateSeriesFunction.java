package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.OverloadResolution;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * generate_series(start, stop [, step]) over integer, bigint and numeric as a {@link TableFunction};
 * values are produced lazily (a million-row series never sits in memory).
 */
final class GenerateSeriesFunction {
    private GenerateSeriesFunction() {
    }

    private record Series(DataType type, List<DataType> argumentTypes) implements TableFunction {
        @Override
        public String name() {
            return "generate_series";
        }

        @Override
        public List<String> columnNames() {
            return List.of("generate_series");
        }

        @Override
        public List<DataType> columnTypes() {
            return List.of(type);
        }

        @Override
        public boolean scalarResult() {
            return true;
        }

        @Override
        public Iterator<Object[]> rows(Object[] args) {
            for (Object a : args) {
                if (a == null) {
                    return java.util.Collections.emptyIterator();
                }
            }
            if (type.type() == Types.TIMESTAMP || type.type() == Types.TIMESTAMPTZ) {
                return timestamps((Long) args[0], (Long) args[1], (io.pglitedb.types.IntervalValue) args[2],
                        type.type() == Types.TIMESTAMPTZ);
            }
            if (type.type() == Types.NUMERIC) {
                BigDecimal start = (BigDecimal) args[0];
                BigDecimal stop = (BigDecimal) args[1];
                BigDecimal step = args.length > 2 ? (BigDecimal) args[2] : BigDecimal.ONE;
                if (step.signum() == 0) {
                    throw stepZero();
                }
                return new Iterator<>() {
                    BigDecimal next = start;

                    @Override
                    public boolean hasNext() {
                        return step.signum() > 0 ? next.compareTo(stop) <= 0 : next.compareTo(stop) >= 0;
                    }

                    @Override
                    public Object[] next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        BigDecimal v = next;
                        next = next.add(step);
                        return new Object[] {v};
                    }
                };
            }
            long start = ((Number) args[0]).longValue();
            long stop = ((Number) args[1]).longValue();
            long step = args.length > 2 ? ((Number) args[2]).longValue() : 1;
            if (step == 0) {
                throw stepZero();
            }
            boolean int4 = type.type() == Types.INT4;
            return new Iterator<>() {
                long next = start;
                boolean done = step > 0 ? start > stop : start < stop;

                @Override
                public boolean hasNext() {
                    return !done;
                }

                @Override
                public Object[] next() {
                    if (done) {
                        throw new NoSuchElementException();
                    }
                    long v = next;
                    long following = next + step;
                    boolean overflow = ((next ^ following) & (step ^ following)) < 0;
                    if (overflow || (step > 0 ? following > stop : following < stop)) {
                        done = true;
                    }
                    next = following;
                    return new Object[] {int4 ? (Object) (int) v : (Object) v};
                }
            };
        }
    }

    /** generate_series over timestamps: start, start + step ... while not past stop. */
    private static Iterator<Object[]> timestamps(long start, long stop, io.pglitedb.types.IntervalValue step,
            boolean withZone) {
        int sign = Types.INTERVAL.compare(step, new io.pglitedb.types.IntervalValue(0, 0, 0));
        if (sign == 0) {
            throw stepZero();
        }
        return new Iterator<>() {
            long next = start;

            @Override
            public boolean hasNext() {
                return sign > 0 ? next <= stop : next >= stop;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long v = next;
                next = withZone ? io.pglitedb.types.DateTimeOperators.plusWithZone(next, step)
                        : io.pglitedb.types.IntervalType.plus(next, step);
                return new Object[] {v};
            }
        };
    }

    private static PgException stepZero() {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
    }

    static TableFunction resolve(List<DataType> argumentTypes) {
        if (argumentTypes.size() < 2 || argumentTypes.size() > 3) {
            throw Functions.doesNotExist("generate_series", argumentTypes);
        }
        PgType[] inputs = Functions.types(argumentTypes);
        if (inputs.length == 3) {
            List<PgType[]> timestampCandidates = List.of(new PgType[] {Types.TIMESTAMP, Types.TIMESTAMP, Types.INTERVAL},
                    new PgType[] {Types.TIMESTAMPTZ, Types.TIMESTAMPTZ, Types.INTERVAL});
            boolean timestamps = inputs[2] == Types.INTERVAL || (inputs[0] != Types.UNKNOWN && inputs[0].category()
                    == io.pglitedb.types.TypeCategory.DATETIME);
            if (timestamps) {
                int c = OverloadResolution.select(timestampCandidates, inputs);
                if (c >= 0) {
                    PgType[] sig = timestampCandidates.get(c);
                    return new Series(DataType.of(sig[0]), List.of(DataType.of(sig[0]), DataType.of(sig[1]),
                            DataType.of(sig[2])));
                }
            }
        }
        List<PgType[]> candidates = new java.util.ArrayList<>();
        PgType[] types = {Types.INT4, Types.INT8, Types.NUMERIC};
        for (PgType t : types) {
            PgType[] sig = new PgType[inputs.length];
            java.util.Arrays.fill(sig, t);
            candidates.add(sig);
        }
        int c = OverloadResolution.select(candidates, inputs);
        if (c == OverloadResolution.NONE) {
            throw Functions.doesNotExist("generate_series", argumentTypes);
        }
        if (c == OverloadResolution.AMBIGUOUS) {
            throw Functions.notUnique("generate_series", argumentTypes);
        }
        DataType type = DataType.of(types[c]);
        List<DataType> args = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            args.add(type);
        }
        return new Series(type, List.copyOf(args));
    }

}
