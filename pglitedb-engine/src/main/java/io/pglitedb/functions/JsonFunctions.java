package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.JsonOperations;
import io.pglitedb.types.JsonParser;
import io.pglitedb.types.JsonValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The json and jsonb functions: typeof, array_length, strip_nulls, pretty, the builders
 * (json(b)_build_object/array, VARIADIC "any", not strict), to_json/to_jsonb, extract_path and
 * the jsonb_exists/contains family. Any SQL value becomes JSON as datum_to_json makes it: numbers
 * as numbers (NaN and the infinities as strings), booleans, json and jsonb embedded, dates and
 * timestamps in ISO 8601 with a "T", everything else as the string of its text output.
 */
final class JsonFunctions {
    private JsonFunctions() {
    }

    private static final PgType JSON = Types.JSON;
    private static final PgType JSONB = Types.JSONB;
    private static final PgType TEXT = Types.TEXT;
    private static final PgType INT4 = Types.INT4;
    private static final PgType BOOL = Types.BOOL;

    static final Set<String> VARIADIC = Set.of("json_build_object", "jsonb_build_object", "json_build_array",
            "jsonb_build_array", "to_json", "to_jsonb", "json_extract_path", "json_extract_path_text",
            "jsonb_extract_path", "jsonb_extract_path_text", "array_to_json", "row_to_json");

    static void register(Map<String, List<Scalars.Signature>> m) {
        add(m, "jsonb_typeof", TEXT, a -> typeName((JsonValue) a[0]), JSONB);
        add(m, "json_typeof", TEXT, a -> typeName(JsonParser.parseJson((String) a[0]).root()), JSON);
        add(m, "jsonb_array_length", INT4, a -> JsonOperations.arrayLength((JsonValue) a[0], true), JSONB);
        add(m, "json_array_length", INT4, a -> JsonOperations.arrayLength(JsonParser.parseJson((String) a[0]).root(),
                false), JSON);
        add(m, "jsonb_strip_nulls", JSONB, a -> JsonOperations.stripNulls((JsonValue) a[0]), JSONB);
        add(m, "json_strip_nulls", JSON, a -> JsonOperations.stripNullsJson((String) a[0]), JSON);
        add(m, "jsonb_pretty", TEXT, a -> pretty((JsonValue) a[0]), JSONB);
        add(m, "jsonb_exists", BOOL, a -> JsonOperations.exists((JsonValue) a[0], (String) a[1]), JSONB, TEXT);
        add(m, "jsonb_contains", BOOL, a -> JsonOperations.contains((JsonValue) a[0], (JsonValue) a[1]), JSONB, JSONB);
        add(m, "jsonb_contained", BOOL, a -> JsonOperations.contains((JsonValue) a[1], (JsonValue) a[0]), JSONB, JSONB);
        add(m, "jsonb_concat", JSONB, a -> JsonOperations.concat((JsonValue) a[0], (JsonValue) a[1]), JSONB, JSONB);
        add(m, "jsonb_delete", JSONB, a -> JsonOperations.deleteKey((JsonValue) a[0], (String) a[1]), JSONB, TEXT);
        add(m, "jsonb_object_field", JSONB, a -> JsonOperations.field((JsonValue) a[0], (String) a[1]), JSONB, TEXT);
        add(m, "jsonb_object_field_text", TEXT,
                a -> JsonOperations.asText(JsonOperations.field((JsonValue) a[0], (String) a[1])), JSONB, TEXT);
        add(m, "jsonb_array_element", JSONB, a -> JsonOperations.element((JsonValue) a[0], (Integer) a[1]), JSONB, INT4);
        add(m, "jsonb_array_element_text", TEXT,
                a -> JsonOperations.asText(JsonOperations.element((JsonValue) a[0], (Integer) a[1])), JSONB, INT4);
        JsonEditFunctions.register(m);
        registerPathFunctions(m);
    }

    /** jsonb_path_exists/match/query_array/query_first(target, path [, vars [, silent]]) and their _tz forms. */
    private static void registerPathFunctions(Map<String, List<Scalars.Signature>> m) {
        PgType path = Types.JSONPATH;
        for (boolean tz : new boolean[] {false, true}) {
            String suffix = tz ? "_tz" : "";
            pathFunction(m, "jsonb_path_exists" + suffix, BOOL,
                    (t, p, v, s) -> io.pglitedb.types.JsonPathType.exists(t, p, v, s, tz));
            pathFunction(m, "jsonb_path_match" + suffix, BOOL,
                    (t, p, v, s) -> io.pglitedb.types.JsonPathType.match(t, p, v, s, tz));
            pathFunction(m, "jsonb_path_query_array" + suffix, JSONB,
                    (t, p, v, s) -> io.pglitedb.types.JsonPathType.queryArray(t, p, v, s, tz));
            pathFunction(m, "jsonb_path_query_first" + suffix, JSONB,
                    (t, p, v, s) -> io.pglitedb.types.JsonPathType.queryFirst(t, p, v, s, tz));
        }
    }

    @FunctionalInterface
    interface PathBody {
        Object apply(JsonValue target, Object path, JsonValue vars, boolean silent);
    }

    private static final JsonValue NO_VARS = new JsonValue.Obj(List.of(), List.of());

    private static void pathFunction(Map<String, List<Scalars.Signature>> m, String name, PgType result, PathBody body) {
        PgType path = Types.JSONPATH;
        add(m, name, result, a -> body.apply((JsonValue) a[0], a[1], NO_VARS, false), JSONB, path);
        add(m, name, result, a -> body.apply((JsonValue) a[0], a[1], (JsonValue) a[2], false), JSONB, path, JSONB);
        add(m, name, result, a -> body.apply((JsonValue) a[0], a[1], (JsonValue) a[2], (Boolean) a[3]), JSONB, path,
                JSONB, BOOL);
    }

    private static String typeName(JsonValue v) {
        return switch (v) {
            case JsonValue.Null n -> "null";
            case JsonValue.Bool b -> "boolean";
            case JsonValue.Num n -> "number";
            case JsonValue.Str s -> "string";
            case JsonValue.Arr x -> "array";
            case JsonValue.Obj o -> "object";
        };
    }

    private static String pretty(JsonValue v) {
        return JsonValue.pretty(v);
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new java.util.ArrayList<>())
                .add(new Scalars.Signature(name, args, result, true, body));
    }

    // ---------------------------------------------------------------- SQL values as JSON

    /** datum_to_json for jsonb: a SQL value of {@code type} as a JSON value (null as JSON null). */
    static JsonValue toJsonb(Object value, DataType type) {
        if (value == null) {
            return JsonValue.Null.INSTANCE;
        }
        PgType t = type.type();
        if (t == JSONB) {
            return (JsonValue) value;
        }
        if (t == JSON) {
            return JsonParser.parseJsonb((String) value);
        }
        if (t == BOOL) {
            return JsonValue.Bool.of((Boolean) value);
        }
        if (t instanceof ArrayType array) {
            ArrayValue a = (ArrayValue) value;
            DataType element = new DataType(array.element(), type.typmod());
            List<JsonValue> flat = new ArrayList<>(a.size());
            for (Object e : a.elements()) {
                flat.add(toJsonb(e, element));
            }
            return a.ndim() == 0 ? new JsonValue.Arr(List.of()) : nest(flat, a.dims(), 0, new int[1]);
        }
        if (isNumber(t)) {
            String text = t.toText(value, type.typmod());
            if (isJsonNumber(text)) {
                return new JsonValue.Num(new BigDecimal(text));
            }
            return new JsonValue.Str(text);
        }
        if (t instanceof io.pglitedb.types.RecordType record && value instanceof Object[] fields) {
            List<JsonValue> values = new ArrayList<>(fields.length);
            for (int i = 0; i < fields.length; i++) {
                values.add(toJsonb(fields[i], record.fieldTypes().get(i)));
            }
            return JsonValue.normalize(new JsonValue.Obj(record.fieldNames(), values));
        }
        return new JsonValue.Str(stringForm(value, type));
    }

    /**
     * composite_to_json: a row as a JSON object named by its fields, nested rows and arrays as
     * JSON too; {@code pretty} puts each field after the first on a new line (row_to_json's).
     */
    static String compositeToJson(Object[] fields, io.pglitedb.types.RecordType record, boolean pretty) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(pretty ? ",\n " : ",");
            }
            sb.append(JsonValue.quote(record.fieldNames().get(i))).append(':')
                    .append(toJsonText(fields[i], record.fieldTypes().get(i)));
        }
        return sb.append('}').toString();
    }

    /** datum_to_json for json: the JSON text of a SQL value. */
    static String toJsonText(Object value, DataType type) {
        if (value == null) {
            return "null";
        }
        PgType t = type.type();
        if (t == JSON) {
            return (String) value;
        }
        if (t == JSONB) {
            return t.toText(value, -1);
        }
        if (t == BOOL) {
            return (Boolean) value ? "true" : "false";
        }
        if (t instanceof ArrayType) {
            return arrayToJson((ArrayValue) value, type, false);
        }
        if (isNumber(t)) {
            String text = t.toText(value, type.typmod());
            return isJsonNumber(text) ? text : JsonValue.quote(text);
        }
        if (t instanceof io.pglitedb.types.RecordType record && value instanceof Object[] fields) {
            return compositeToJson(fields, record, false);
        }
        return JsonValue.quote(stringForm(value, type));
    }

    private static JsonValue nest(List<JsonValue> flat, int[] dims, int d, int[] next) {
        List<JsonValue> out = new ArrayList<>(dims[d]);
        for (int i = 0; i < dims[d]; i++) {
            out.add(d == dims.length - 1 ? flat.get(next[0]++) : nest(flat, dims, d + 1, next));
        }
        return new JsonValue.Arr(out);
    }

    /** array_to_json: nested JSON arrays; pretty puts a line feed between top-level elements. */
    static String arrayToJson(ArrayValue a, DataType type, boolean pretty) {
        if (a.ndim() == 0) {
            return "[]";
        }
        DataType element = new DataType(((ArrayType) type.type()).element(), type.typmod());
        StringBuilder sb = new StringBuilder();
        arrayDim(sb, a, element, 0, new int[1], pretty);
        return sb.toString();
    }

    private static void arrayDim(StringBuilder sb, ArrayValue a, DataType element, int d, int[] next, boolean pretty) {
        sb.append('[');
        for (int i = 0; i < a.dim(d); i++) {
            if (i > 0) {
                sb.append(pretty ? ",\n " : ",");
            }
            if (d == a.ndim() - 1) {
                sb.append(toJsonText(a.element(next[0]++), element));
            } else {
                arrayDim(sb, a, element, d + 1, next, false);
            }
        }
        sb.append(']');
    }

    private static boolean isNumber(PgType t) {
        return t == Types.INT2 || t == Types.INT4 || t == Types.INT8 || t == Types.FLOAT4 || t == Types.FLOAT8
                || t == Types.NUMERIC;
    }

    private static boolean isJsonNumber(String s) {
        return s.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    }

    /** The string a non-number, non-boolean value becomes: dates and timestamps in ISO 8601 with T. */
    private static String stringForm(Object value, DataType type) {
        PgType t = type.type();
        String text = t.toText(value, type.typmod());
        if (t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ) {
            if (text.equals("infinity") || text.equals("-infinity")) {
                return text;
            }
            text = text.replaceFirst(" ", "T");
            if (t == Types.TIMESTAMPTZ && text.matches(".*[+-]\\d\\d$")) {
                text = text + ":00";
            }
        }
        return text;
    }

    // ---------------------------------------------------------------- variadic "any" functions

    private record Variadic(String name, List<DataType> argumentTypes, DataType resultType, boolean strict,
            Scalars.Body body) implements ScalarFunction {
        @Override
        public Object apply(Object[] args) {
            return body.apply(args);
        }
    }

    static ScalarFunction resolve(String name, List<DataType> argumentTypes) {
        List<DataType> types = new ArrayList<>(argumentTypes.size());
        for (DataType t : argumentTypes) {
            types.add(t.type() == Types.UNKNOWN ? DataType.of(TEXT) : t);
        }
        List<DataType> fixed = List.copyOf(types);
        boolean jsonb = name.startsWith("jsonb") || name.equals("to_jsonb");
        DataType result = DataType.of(jsonb ? JSONB : JSON);
        switch (name) {
            case "json_build_object", "jsonb_build_object" -> {
                return new Variadic(name, fixed, result, false, a -> {
                    if (a.length % 2 != 0) {
                        // raised when called, as PostgreSQL does (no cursor position)
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "argument list must have even number of elements")
                                .withHint("The arguments of " + name + "() must consist of alternating keys and values.");
                    }
                    return buildObject(a, fixed, jsonb, name);
                });
            }
            case "json_build_array", "jsonb_build_array" -> {
                return new Variadic(name, fixed, result, false, a -> buildArray(a, fixed, jsonb));
            }
            case "to_json", "to_jsonb" -> {
                if (argumentTypes.size() != 1) {
                    throw Functions.doesNotExist(name, argumentTypes);
                }
                if (argumentTypes.get(0).type() == Types.UNKNOWN) {
                    throw new PgException(SqlState.INDETERMINATE_DATATYPE,
                            "could not determine polymorphic type because input has type unknown");
                }
                DataType t = fixed.get(0);
                return new Variadic(name, fixed, result, true,
                        a -> jsonb ? toJsonb(a[0], t) : toJsonText(a[0], t));
            }
            case "row_to_json" -> {
                if (argumentTypes.isEmpty() || argumentTypes.size() > 2
                        || !(argumentTypes.get(0).type() instanceof io.pglitedb.types.RecordType)
                        || (argumentTypes.size() == 2 && !io.pglitedb.types.Casts.isImplicitlyCoercible(
                                argumentTypes.get(1).type(), BOOL))) {
                    throw Functions.doesNotExist(name, argumentTypes);
                }
                DataType row = argumentTypes.get(0);
                io.pglitedb.types.RecordType record = (io.pglitedb.types.RecordType) row.type();
                List<DataType> declared = argumentTypes.size() == 1 ? List.of(row) : List.of(row, DataType.of(BOOL));
                return new Variadic(name, declared, DataType.of(JSON), true,
                        a -> compositeToJson((Object[]) a[0], record, a.length > 1 && (Boolean) a[1]));
            }
            case "array_to_json" -> {
                if (argumentTypes.isEmpty() || argumentTypes.size() > 2
                        || !(argumentTypes.get(0).type() instanceof ArrayType)
                        || (argumentTypes.size() == 2 && !io.pglitedb.types.Casts.isImplicitlyCoercible(
                                argumentTypes.get(1).type(), BOOL))) {
                    throw Functions.doesNotExist(name, argumentTypes);
                }
                DataType array = argumentTypes.get(0);
                List<DataType> declared = argumentTypes.size() == 1 ? List.of(array) : List.of(array, DataType.of(BOOL));
                return new Variadic(name, declared, DataType.of(JSON), true,
                        a -> arrayToJson((ArrayValue) a[0], array, a.length > 1 && (Boolean) a[1]));
            }
            default -> {
                // json(b)_extract_path(_text)(from, VARIADIC text[])
                if (fixed.isEmpty()) {
                    throw Functions.doesNotExist(name, argumentTypes);
                }
                List<DataType> declared = new ArrayList<>();
                declared.add(DataType.of(jsonb ? JSONB : JSON));
                for (int i = 1; i < fixed.size(); i++) {
                    if (!io.pglitedb.types.Casts.isImplicitlyCoercible(argumentTypes.get(i).type(), TEXT)) {
                        throw Functions.doesNotExist(name, argumentTypes);
                    }
                    declared.add(DataType.of(TEXT));
                }
                if (!io.pglitedb.types.Casts.isImplicitlyCoercible(argumentTypes.get(0).type(), declared.get(0).type())) {
                    throw Functions.doesNotExist(name, argumentTypes);
                }
                boolean text = name.endsWith("_text");
                return new Variadic(name, List.copyOf(declared), DataType.of(text ? TEXT : declared.get(0).type()), false,
                        a -> extractPath(a, jsonb, text));
            }
        }
    }

    /**
     * {@code f(..., VARIADIC array)} of the json builders (the array's elements are the "any"
     * arguments; a NULL array gives NULL) and of extract_path (the array is the path); else null.
     */
    static ScalarFunction resolveVariadic(String name, List<DataType> argumentTypes) {
        DataType arrayType = argumentTypes.get(argumentTypes.size() - 1);
        boolean jsonb = name.startsWith("jsonb");
        DataType result = DataType.of(jsonb ? JSONB : JSON);
        switch (name) {
            case "json_build_array", "jsonb_build_array", "json_build_object", "jsonb_build_object" -> {
                if (argumentTypes.size() != 1 || !(arrayType.type() instanceof ArrayType array)) {
                    return null;
                }
                DataType element = new DataType(array.element(), arrayType.typmod());
                boolean object = name.endsWith("object");
                return new Variadic(name, List.of(arrayType), result, true, a -> {
                    Object[] elements = ((ArrayValue) a[0]).elements();
                    List<DataType> types = java.util.Collections.nCopies(elements.length, element);
                    if (!object) {
                        return buildArray(elements, types, jsonb);
                    }
                    if (elements.length % 2 != 0) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "argument list must have even number of elements")
                                .withHint("The arguments of " + name + "() must consist of alternating keys and values.");
                    }
                    return buildObject(elements, types, jsonb, name);
                });
            }
            case "json_extract_path", "json_extract_path_text", "jsonb_extract_path", "jsonb_extract_path_text" -> {
                PgType from = jsonb ? JSONB : JSON;
                if (argumentTypes.size() != 2 || !io.pglitedb.types.Casts.isImplicitlyCoercible(
                        argumentTypes.get(0).type(), from) || !io.pglitedb.types.Casts.isImplicitlyCoercible(
                        arrayType.type(), io.pglitedb.types.ArrayTypes.TEXT)) {
                    return null;
                }
                boolean text = name.endsWith("_text");
                return new Variadic(name, List.of(DataType.of(from), DataType.of(io.pglitedb.types.ArrayTypes.TEXT)),
                        DataType.of(text ? TEXT : from), true, a -> {
                            Object[] path = ((ArrayValue) a[1]).elements();
                            Object[] args = new Object[path.length + 1];
                            args[0] = a[0];
                            System.arraycopy(path, 0, args, 1, path.length);
                            return extractPath(args, jsonb, text);
                        });
            }
            default -> {
                return null;
            }
        }
    }

    private static Object extractPath(Object[] a, boolean jsonb, boolean text) {
        if (a[0] == null) {
            return null;
        }
        List<String> path = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            if (a[i] == null) {
                return null;
            }
            path.add((String) a[i]);
        }
        if (jsonb) {
            JsonValue v = JsonOperations.path((JsonValue) a[0], path);
            return text ? JsonOperations.asText(v) : v;
        }
        JsonParser.Parsed p = JsonParser.parseJson((String) a[0]);
        JsonValue v = JsonOperations.path(p.root(), path);
        if (v == null) {
            return null;
        }
        return text ? JsonOperations.asText(p, v) : p.source(v);
    }

    private static Object buildObject(Object[] a, List<DataType> types, boolean jsonb, String name) {
        List<String> keys = new ArrayList<>();
        List<JsonValue> values = new ArrayList<>();
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < a.length; i += 2) {
            if (a[i] == null) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument %d: key must not be null", i + 1);
            }
            String key = keyText(a[i], types.get(i));
            if (jsonb) {
                keys.add(key);
                values.add(toJsonb(a[i + 1], types.get(i + 1)));
            } else {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(JsonValue.quote(key)).append(" : ")
                        .append(toJsonText(a[i + 1], types.get(i + 1)));
            }
        }
        if (jsonb) {
            return JsonValue.normalize(new JsonValue.Obj(keys, values));
        }
        return sb.append('}').toString();
    }

    private static String keyText(Object key, DataType type) {
        PgType t = type.type();
        if (t == JSON || t == JSONB || t instanceof ArrayType) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "key value must be scalar, not array, composite, or json");
        }
        return t.toText(key, type.typmod());
    }

    private static Object buildArray(Object[] a, List<DataType> types, boolean jsonb) {
        if (jsonb) {
            List<JsonValue> out = new ArrayList<>(a.length);
            for (int i = 0; i < a.length; i++) {
                out.add(toJsonb(a[i], types.get(i)));
            }
            return new JsonValue.Arr(out);
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toJsonText(a[i], types.get(i)));
        }
        return sb.append(']').toString();
    }
}
