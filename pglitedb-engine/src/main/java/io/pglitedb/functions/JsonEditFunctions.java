package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.JsonOperations;
import io.pglitedb.types.JsonValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The json functions that take text[] arguments: jsonb_set, jsonb_set_lax, jsonb_insert,
 * jsonb_delete_path, jsonb_exists_any/all, and json_object / jsonb_object from key/value arrays.
 */
final class JsonEditFunctions {
    private JsonEditFunctions() {
    }

    private static final PgType JSON = Types.JSON;
    private static final PgType JSONB = Types.JSONB;
    private static final PgType TEXT = Types.TEXT;
    private static final PgType BOOL = Types.BOOL;
    private static final PgType TEXTS = ArrayTypes.TEXT;

    static void register(Map<String, List<Scalars.Signature>> m) {
        add(m, "jsonb_set", JSONB, true, a -> set(a, true), JSONB, TEXTS, JSONB);
        add(m, "jsonb_set", JSONB, true, a -> set(a, (Boolean) a[3]), JSONB, TEXTS, JSONB, BOOL);
        add(m, "jsonb_set_lax", JSONB, false, a -> setLax(a, true, "use_json_null"), JSONB, TEXTS, JSONB);
        add(m, "jsonb_set_lax", JSONB, false, a -> setLax(a, a[3], "use_json_null"), JSONB, TEXTS, JSONB, BOOL);
        add(m, "jsonb_set_lax", JSONB, false, a -> setLax(a, a[3], a[4]), JSONB, TEXTS, JSONB, BOOL, TEXT);
        add(m, "jsonb_insert", JSONB, true, a -> insert(a, false), JSONB, TEXTS, JSONB);
        add(m, "jsonb_insert", JSONB, true, a -> insert(a, (Boolean) a[3]), JSONB, TEXTS, JSONB, BOOL);
        add(m, "jsonb_delete_path", JSONB, true, a -> deletePath((JsonValue) a[0], (ArrayValue) a[1]), JSONB, TEXTS);
        add(m, "jsonb_exists_any", BOOL, true,
                a -> JsonOperations.existsAny((JsonValue) a[0], (ArrayValue) a[1], false), JSONB, TEXTS);
        add(m, "jsonb_exists_all", BOOL, true,
                a -> JsonOperations.existsAny((JsonValue) a[0], (ArrayValue) a[1], true), JSONB, TEXTS);
        add(m, "json_object", JSON, true, a -> jsonText(pairs((ArrayValue) a[0])), TEXTS);
        add(m, "json_object", JSON, true, a -> jsonText(pairs((ArrayValue) a[0], (ArrayValue) a[1])), TEXTS, TEXTS);
        add(m, "jsonb_object", JSONB, true, a -> jsonb(pairs((ArrayValue) a[0])), TEXTS);
        add(m, "jsonb_object", JSONB, true, a -> jsonb(pairs((ArrayValue) a[0], (ArrayValue) a[1])), TEXTS, TEXTS);
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, boolean strict,
            Scalars.Body body, PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, strict, body));
    }

    private static JsonValue set(Object[] a, boolean create) {
        return JsonOperations.set((JsonValue) a[0], JsonOperations.steps((ArrayValue) a[1]), (JsonValue) a[2], create,
                false, false);
    }

    private static JsonValue insert(Object[] a, boolean after) {
        return JsonOperations.set((JsonValue) a[0], JsonOperations.steps((ArrayValue) a[1]), (JsonValue) a[2], false,
                true, after);
    }

    /** jsonb_set_lax: like jsonb_set, except what a NULL new value does (null_value_treatment). */
    private static JsonValue setLax(Object[] a, Object create, Object treatment) {
        if (a[0] == null || a[1] == null || create == null) {
            return null;
        }
        if (treatment == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "null_value_treatment must be "
                    + "\"delete_key\", \"return_target\", \"use_json_null\", or \"raise_exception\"");
        }
        if (a[2] != null) {
            return set(new Object[] {a[0], a[1], a[2]}, (Boolean) create);
        }
        return switch ((String) treatment) {
            case "raise_exception" -> throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                    "JSON value must not be null")
                    .withDetail("Exception was raised because null_value_treatment is \"raise_exception\".")
                    .withHint("To avoid, either change the null_value_treatment argument or ensure that an SQL NULL "
                            + "is not passed.");
            case "use_json_null" -> set(new Object[] {a[0], a[1], JsonValue.Null.INSTANCE}, (Boolean) create);
            case "delete_key" -> deletePath((JsonValue) a[0], (ArrayValue) a[1]);
            case "return_target" -> (JsonValue) a[0];
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "null_value_treatment must be "
                    + "\"delete_key\", \"return_target\", \"use_json_null\", or \"raise_exception\"");
        };
    }

    private static JsonValue deletePath(JsonValue v, ArrayValue path) {
        if ((v instanceof JsonValue.Arr x && x.elements().isEmpty()) || (v instanceof JsonValue.Obj o && o.size() == 0)) {
            return v;
        }
        return JsonOperations.deletePath(v, JsonOperations.steps(path));
    }

    // ---------------------------------------------------------------- json_object

    /** json_object(text[]): a flat array of alternating keys and values, or a two-column array. */
    private static List<String[]> pairs(ArrayValue a) {
        List<String[]> out = new ArrayList<>();
        switch (a.ndim()) {
            case 0 -> {
                return out;
            }
            case 1 -> {
                if (a.size() % 2 != 0) {
                    throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array must have even number of elements");
                }
            }
            case 2 -> {
                if (a.dim(1) != 2) {
                    throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array must have two columns");
                }
            }
            default -> throw wrongSubscripts();
        }
        for (int i = 0; i < a.size(); i += 2) {
            out.add(new String[] {key(a.element(i)), (String) a.element(i + 1)});
        }
        return out;
    }

    /** json_object(keys text[], values text[]): one-dimensional arrays of the same length. */
    private static List<String[]> pairs(ArrayValue keys, ArrayValue values) {
        if (keys.ndim() > 1 || keys.ndim() != values.ndim()) {
            throw wrongSubscripts();
        }
        if (keys.size() != values.size()) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "mismatched array dimensions");
        }
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(new String[] {key(keys.element(i)), (String) values.element(i)});
        }
        return out;
    }

    private static PgException wrongSubscripts() {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts");
    }

    private static String key(Object k) {
        if (k == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "null value not allowed for object key");
        }
        return (String) k;
    }

    private static String jsonText(List<String[]> pairs) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < pairs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String[] p = pairs.get(i);
            sb.append(JsonValue.quote(p[0])).append(" : ").append(p[1] == null ? "null" : JsonValue.quote(p[1]));
        }
        return sb.append('}').toString();
    }

    private static JsonValue jsonb(List<String[]> pairs) {
        List<String> keys = new ArrayList<>();
        List<JsonValue> values = new ArrayList<>();
        for (String[] p : pairs) {
            keys.add(p[0]);
            values.add(p[1] == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(p[1]));
        }
        return JsonValue.normalize(new JsonValue.Obj(keys, values));
    }
}
