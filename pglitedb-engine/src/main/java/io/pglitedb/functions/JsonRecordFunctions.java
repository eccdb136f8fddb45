package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.JsonParser;
import io.pglitedb.types.JsonValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * json(b)_to_record and json(b)_to_recordset: functions returning "record", so a column
 * definition list in FROM names and types their columns; each column takes the object's field of
 * its name (populate_record_field): JSON null or a missing key gives NULL, json/jsonb columns the
 * value itself, array columns a JSON array (rectangular) or an array literal string, other types
 * the value's text through the type's input function.
 */
final class JsonRecordFunctions {
    private JsonRecordFunctions() {
    }

    static boolean handles(String name) {
        return switch (name) {
            case "json_to_record", "json_to_recordset", "jsonb_to_record", "jsonb_to_recordset" -> true;
            default -> false;
        };
    }

    private record Resolved(String name, List<DataType> argumentTypes, List<String> columnNames,
            List<DataType> columnTypes) implements TableFunction {
        @Override
        public boolean scalarResult() {
            return false;
        }

        @Override
        public Iterator<Object[]> rows(Object[] args) {
            if (args[0] == null) {
                return Collections.emptyIterator();
            }
            boolean jsonb = name.startsWith("jsonb");
            JsonParser.Parsed parsed = jsonb ? null : JsonParser.parseJson((String) args[0]);
            JsonValue root = jsonb ? (JsonValue) args[0] : parsed.root();
            List<Object[]> rows = new ArrayList<>();
            if (name.endsWith("recordset")) {
                if (!(root instanceof JsonValue.Arr a)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, jsonb ? "cannot call %s on a non-array"
                            : root instanceof JsonValue.Obj ? "cannot call %s on an object" : "cannot call %s on a scalar",
                            name);
                }
                for (JsonValue e : a.elements()) {
                    if (!(e instanceof JsonValue.Obj o)) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument of %s must be an array of objects",
                                name);
                    }
                    rows.add(row(o, parsed));
                }
            } else {
                if (!(root instanceof JsonValue.Obj o)) {
                    // PostgreSQL names its internal populate_composite here
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, root instanceof JsonValue.Arr
                            ? "cannot call populate_composite on an array" : "cannot call populate_composite on a scalar");
                }
                rows.add(row(o, parsed));
            }
            return rows.iterator();
        }

        private Object[] row(JsonValue.Obj o, JsonParser.Parsed parsed) {
            Object[] row = new Object[columnNames.size()];
            for (int i = 0; i < row.length; i++) {
                String key = columnNames.get(i);
                row[i] = field(o.get(key), columnTypes.get(i), parsed, key);
            }
            return row;
        }
    }

    /** json(b)_to_record(set) with the columns of its definition list. */
    static TableFunction resolve(String name, List<DataType> argumentTypes, List<String> names, List<DataType> types) {
        PgType input = name.startsWith("jsonb") ? Types.JSONB : Types.JSON;
        if (argumentTypes.size() != 1 || !Casts.isImplicitlyCoercible(argumentTypes.get(0).type(), input)) {
            throw Functions.doesNotExist(name, argumentTypes);
        }
        return new Resolved(name, List.of(DataType.of(input)), List.copyOf(names), List.copyOf(types));
    }

    private static Object field(JsonValue v, DataType type, JsonParser.Parsed parsed, String key) {
        if (v == null || v instanceof JsonValue.Null) {
            return null;
        }
        PgType t = type.type();
        if (t == Types.JSONB) {
            return parsed == null ? v : JsonValue.normalize(v);
        }
        if (t == Types.JSON) {
            return text(v, parsed, false);
        }
        if (t instanceof ArrayType array && v instanceof JsonValue.Arr) {
            return array(v, new DataType(array.element(), type.typmod()), parsed, key);
        }
        if (t instanceof ArrayType && !(v instanceof JsonValue.Str)) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "expected JSON array")
                    .withHint("See the value of key \"" + key + "\".");
        }
        return t.fromText(text(v, parsed, true), type.typmod());
    }

    /** The value's text: a string's contents (when {@code unquote}), else its JSON text. */
    private static String text(JsonValue v, JsonParser.Parsed parsed, boolean unquote) {
        if (unquote && v instanceof JsonValue.Str s) {
            return s.value();
        }
        return parsed == null ? JsonValue.toText(v) : parsed.source(v);
    }

    private static ArrayValue array(JsonValue v, DataType element, JsonParser.Parsed parsed, String key) {
        List<Integer> dims = new ArrayList<>();
        int[] ndims = {-1};
        List<Object> elements = new ArrayList<>();
        walk(v, 0, new ArrayList<>(), dims, ndims, elements, element, parsed, key);
        if (elements.isEmpty()) {
            return ArrayValue.EMPTY;
        }
        int[] d = new int[ndims[0]];
        int[] lower = new int[ndims[0]];
        for (int i = 0; i < d.length; i++) {
            d[i] = dims.get(i);
            lower[i] = 1;
        }
        return ArrayValue.of(d, lower, elements.toArray());
    }

    private static void walk(JsonValue v, int level, List<Integer> path, List<Integer> dims, int[] ndims,
            List<Object> out, DataType element, JsonParser.Parsed parsed, String key) {
        if (v instanceof JsonValue.Arr a) {
            if (ndims[0] >= 0 && level >= ndims[0]) {
                throw malformed();
            }
            if (dims.size() <= level) {
                dims.add(a.elements().size());
            } else if (dims.get(level) != a.elements().size()) {
                throw malformed();
            }
            for (int i = 0; i < a.elements().size(); i++) {
                path.add(i);
                walk(a.elements().get(i), level + 1, path, dims, ndims, out, element, parsed, key);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (ndims[0] < 0) {
            ndims[0] = level;
        } else if (level != ndims[0]) {
            StringBuilder where = new StringBuilder();
            for (int i : path) {
                where.append('[').append(i).append(']');
            }
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "expected JSON array")
                    .withHint("See the array element " + where + " of key \"" + key + "\".");
        }
        out.add(v instanceof JsonValue.Null ? null : element.type().fromText(text(v, parsed, true), element.typmod()));
    }

    private static PgException malformed() {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed JSON array")
                .withDetail("Multidimensional arrays must have sub-arrays with matching dimensions.");
    }
}
