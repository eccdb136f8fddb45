package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.JsonValue;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * json_agg / jsonb_agg (anyelement, nulls kept as JSON null) and json_object_agg /
 * jsonb_object_agg ("any", "any"; a null key is an error). No rows give NULL.
 */
final class JsonAggregates {
    private JsonAggregates() {
    }

    static final Set<String> NAMES = Set.of("json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg");

    private record Resolved(String name, List<DataType> argumentTypes, DataType resultType) implements AggregateFunction {
        @Override
        public Accumulator newAccumulator() {
            boolean jsonb = name.startsWith("jsonb");
            return name.endsWith("object_agg") ? new ObjectAgg(argumentTypes, jsonb) : new ArrayAgg(argumentTypes.get(0), jsonb);
        }
    }

    static AggregateFunction resolve(String name, List<DataType> argumentTypes) {
        int arity = name.endsWith("object_agg") ? 2 : 1;
        if (argumentTypes.size() != arity) {
            throw Functions.doesNotExist(name, argumentTypes);
        }
        List<DataType> types = new ArrayList<>();
        for (DataType t : argumentTypes) {
            if (t.type() == Types.UNKNOWN) {
                if (arity == 1) {
                    throw new PgException(SqlState.INDETERMINATE_DATATYPE,
                            "could not determine polymorphic type because input has type unknown");
                }
                t = DataType.of(Types.TEXT);
            }
            types.add(t);
        }
        return new Resolved(name, List.copyOf(types), DataType.of(name.startsWith("jsonb") ? Types.JSONB : Types.JSON));
    }

    private static final class ArrayAgg implements AggregateFunction.Accumulator {
        private final DataType type;
        private final boolean jsonb;
        private List<JsonValue> values;
        private StringBuilder text;

        ArrayAgg(DataType type, boolean jsonb) {
            this.type = type;
            this.jsonb = jsonb;
        }

        @Override
        public void add(Object[] args) {
            if (jsonb) {
                if (values == null) {
                    values = new ArrayList<>();
                }
                values.add(JsonFunctions.toJsonb(args[0], type));
            } else {
                if (text == null) {
                    text = new StringBuilder("[");
                } else {
                    text.append(", ");
                    // json_agg_transfn starts each array or row after the first on a new line
                    if (type.type() instanceof io.pglitedb.types.ArrayType
                            || type.type() instanceof io.pglitedb.types.RecordType) {
                        text.append("\n ");
                    }
                }
                text.append(JsonFunctions.toJsonText(args[0], type));
            }
        }

        @Override
        public Object result() {
            if (jsonb) {
                return values == null ? null : new JsonValue.Arr(values);
            }
            return text == null ? null : text + "]";
        }
    }

    private static final class ObjectAgg implements AggregateFunction.Accumulator {
        private final List<DataType> types;
        private final boolean jsonb;
        private List<String> keys;
        private List<JsonValue> values;
        private StringBuilder text;

        ObjectAgg(List<DataType> types, boolean jsonb) {
            this.types = types;
            this.jsonb = jsonb;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] == null) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "field name must not be null");
            }
            String key = types.get(0).type().toText(args[0], types.get(0).typmod());
            if (jsonb) {
                if (keys == null) {
                    keys = new ArrayList<>();
                    values = new ArrayList<>();
                }
                keys.add(key);
                values.add(JsonFunctions.toJsonb(args[1], types.get(1)));
            } else {
                if (text == null) {
                    text = new StringBuilder("{ ");
                } else {
                    text.append(", ");
                }
                text.append(JsonValue.quote(key)).append(" : ").append(JsonFunctions.toJsonText(args[1], types.get(1)));
            }
        }

        @Override
        public Object result() {
            if (jsonb) {
                return keys == null ? null : JsonValue.normalize(new JsonValue.Obj(keys, values));
            }
            return text == null ? null : text + " }";
        }
    }
}
