package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * array_agg(anynonarray) collects the values (NULLs included) into a one-dimensional array;
 * array_agg(anyarray) stacks equally shaped arrays into one more dimension (2202E "cannot
 * accumulate arrays of different dimensionality", 22004 for a NULL array). No rows give NULL.
 */
final class ArrayAggregate {
    private ArrayAggregate() {
    }

    private record Resolved(List<DataType> argumentTypes, DataType resultType, boolean arrays)
            implements AggregateFunction {
        @Override
        public String name() {
            return "array_agg";
        }

        @Override
        public Accumulator newAccumulator() {
            return arrays ? new StackArrays() : new Collect();
        }
    }

    static AggregateFunction resolve(DataType argument) {
        PgType t = argument.type();
        if (t == Types.UNKNOWN) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "could not determine polymorphic type because input has type unknown");
        }
        if (t instanceof ArrayType && ArrayTypes.arrayOf(t) == null) {
            return new Resolved(List.of(argument), argument, true);
        }
        ArrayType array = ArrayTypes.arrayOf(t);
        if (array == null) {
            throw Functions.doesNotExist("array_agg", List.of(argument));
        }
        return new Resolved(List.of(argument), new DataType(array, argument.typmod()), false);
    }

    private static final class Collect implements AggregateFunction.Accumulator {
        private final List<Object> values = new ArrayList<>();

        @Override
        public void add(Object[] args) {
            values.add(args[0]);
        }

        @Override
        public Object result() {
            return values.isEmpty() ? null : ArrayValue.of(values.toArray());
        }
    }

    private static final class StackArrays implements AggregateFunction.Accumulator {
        private final List<ArrayValue> values = new ArrayList<>();

        @Override
        public void add(Object[] args) {
            ArrayValue v = (ArrayValue) args[0];
            if (v == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "cannot accumulate null arrays");
            }
            if (v.size() == 0) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot accumulate empty arrays");
            }
            if (!values.isEmpty() && (!java.util.Arrays.equals(values.get(0).dims(), v.dims())
                    || !java.util.Arrays.equals(values.get(0).lowerBounds(), v.lowerBounds()))) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR,
                        "cannot accumulate arrays of different dimensionality");
            }
            values.add(v);
        }

        @Override
        public Object result() {
            return values.isEmpty() ? null : ArrayValue.stack(values);
        }
    }
}
