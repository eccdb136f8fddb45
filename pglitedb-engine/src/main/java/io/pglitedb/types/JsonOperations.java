package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * The json and jsonb operators (-> ->> @> <@ ? || - and comparisons) and the operations behind
 * the json functions: field and element access, containment (JsonbDeepContains), concatenation,
 * deletion, path access, jsonb_set/jsonb_insert, strip_nulls.
 */
public final class JsonOperations {
    private JsonOperations() {
    }

    static void registerOperators() {
        PgType jsonb = Types.JSONB;
        PgType json = Types.JSON;
        PgType text = Types.TEXT;
        PgType int4 = Types.INT4;
        Operators.comparisons(jsonb);
        Operators.binary("->", jsonb, text, jsonb, (x, y) -> field((JsonValue) x, (String) y));
        Operators.binary("->", jsonb, int4, jsonb, (x, y) -> element((JsonValue) x, (Integer) y));
        Operators.binary("->>", jsonb, text, text, (x, y) -> asText(field((JsonValue) x, (String) y)));
        Operators.binary("->>", jsonb, int4, text, (x, y) -> asText(element((JsonValue) x, (Integer) y)));
        Operators.binary("->", json, text, json, (x, y) -> jsonField((String) x, (String) y, false));
        Operators.binary("->", json, int4, json, (x, y) -> jsonElement((String) x, (Integer) y, false));
        Operators.binary("->>", json, text, text, (x, y) -> jsonField((String) x, (String) y, true));
        Operators.binary("->>", json, int4, text, (x, y) -> jsonElement((String) x, (Integer) y, true));
        Operators.binary("@>", jsonb, jsonb, Types.BOOL, (x, y) -> contains((JsonValue) x, (JsonValue) y));
        Operators.binary("<@", jsonb, jsonb, Types.BOOL, (x, y) -> contains((JsonValue) y, (JsonValue) x));
        Operators.binary("?", jsonb, text, Types.BOOL, (x, y) -> exists((JsonValue) x, (String) y));
        Operators.binary("||", jsonb, jsonb, jsonb, (x, y) -> concat((JsonValue) x, (JsonValue) y));
        Operators.binary("-", jsonb, text, jsonb, (x, y) -> deleteKey((JsonValue) x, (String) y));
        Operators.binary("-", jsonb, int4, jsonb, (x, y) -> deleteIndex((JsonValue) x, (Integer) y));
        PgType texts = ArrayTypes.TEXT;
        Operators.binary("#>", jsonb, texts, jsonb, (x, y) -> pathOf((JsonValue) x, (ArrayValue) y));
        Operators.binary("#>>", jsonb, texts, text, (x, y) -> asText(pathOf((JsonValue) x, (ArrayValue) y)));
        Operators.binary("#>", json, texts, json, (x, y) -> jsonPath((String) x, (ArrayValue) y, false));
        Operators.binary("#>>", json, texts, text, (x, y) -> jsonPath((String) x, (ArrayValue) y, true));
        Operators.binary("#-", jsonb, texts, jsonb, (x, y) -> deletePath((JsonValue) x, steps((ArrayValue) y)));
        Operators.binary("?|", jsonb, texts, Types.BOOL, (x, y) -> existsAny((JsonValue) x, (ArrayValue) y, false));
        Operators.binary("?&", jsonb, texts, Types.BOOL, (x, y) -> existsAny((JsonValue) x, (ArrayValue) y, true));
        Operators.binary("-", jsonb, texts, jsonb, (x, y) -> deleteKeys((JsonValue) x, (ArrayValue) y));
        Operators.binary("@?", jsonb, Types.JSONPATH, Types.BOOL,
                (x, y) -> JsonPathType.exists((JsonValue) x, y, null, true, false));
        Operators.binary("@@", jsonb, Types.JSONPATH, Types.BOOL,
                (x, y) -> JsonPathType.match((JsonValue) x, y, null, true, false));
    }

    /** The elements of a text[] path (NULL elements stay null). */
    public static List<String> steps(ArrayValue path) {
        List<String> out = new ArrayList<>(path.size());
        for (Object o : path.elements()) {
            out.add((String) o);
        }
        return out;
    }

    /** jsonb #> text[]: null when the path has a NULL element or a step is missing. */
    public static JsonValue pathOf(JsonValue v, ArrayValue path) {
        List<String> steps = steps(path);
        return steps.contains(null) ? null : path(v, steps);
    }

    /** json #> / #>> text[]: the addressed value's source text (or its text for #>>). */
    public static String jsonPath(String json, ArrayValue path, boolean text) {
        List<String> steps = steps(path);
        if (steps.contains(null)) {
            return null;
        }
        JsonParser.Parsed p = JsonParser.parseJson(json);
        JsonValue v = path(p.root(), steps);
        if (v == null) {
            return null;
        }
        return text ? asText(p, v) : p.source(v);
    }

    /** jsonb ?| text[] (any) and ?& text[] (all); NULL elements are ignored. */
    public static boolean existsAny(JsonValue v, ArrayValue keys, boolean all) {
        for (Object k : keys.elements()) {
            if (k == null) {
                continue;
            }
            boolean found = exists(v, (String) k);
            if (found != all) {
                return found;
            }
        }
        return all;
    }

    /** jsonb - text[]: drops every key (and matching string element) named. */
    public static JsonValue deleteKeys(JsonValue v, ArrayValue keys) {
        if (!(v instanceof JsonValue.Arr || v instanceof JsonValue.Obj)) {
            throw cannotDeleteFromScalar();
        }
        JsonValue out = v;
        for (Object k : keys.elements()) {
            if (k != null) {
                out = deleteKey(out, (String) k);
            }
        }
        return out;
    }

    // ---- access

    /** jsonb -> text: the object's field, else null. */
    public static JsonValue field(JsonValue v, String key) {
        return v instanceof JsonValue.Obj o ? o.get(key) : null;
    }

    /** jsonb -> int: the array's element (negative counts from the end), else null. */
    public static JsonValue element(JsonValue v, int index) {
        if (!(v instanceof JsonValue.Arr a)) {
            return null;
        }
        int n = a.elements().size();
        int i = index < 0 ? n + index : index;
        return i >= 0 && i < n ? a.elements().get(i) : null;
    }

    /** ->>: a string's contents, null for JSON null (and a missing value), else the text form. */
    public static String asText(JsonValue v) {
        if (v == null || v instanceof JsonValue.Null) {
            return null;
        }
        if (v instanceof JsonValue.Str s) {
            return s.value();
        }
        return JsonValue.toText(v);
    }

    /** The text ->> of json gives for a value of a parsed json text. */
    public static String asText(JsonParser.Parsed parsed, JsonValue v) {
        if (v == null || v instanceof JsonValue.Null) {
            return null;
        }
        if (v instanceof JsonValue.Str s) {
            return s.value();
        }
        return parsed.source(v);
    }

    static Object jsonField(String json, String key, boolean text) {
        JsonParser.Parsed p = JsonParser.parseJson(json);
        JsonValue v = field(p.root(), key);
        return text ? asText(p, v) : v == null ? null : p.source(v);
    }

    static Object jsonElement(String json, int index, boolean text) {
        JsonParser.Parsed p = JsonParser.parseJson(json);
        JsonValue v = element(p.root(), index);
        return text ? asText(p, v) : v == null ? null : p.source(v);
    }

    /** #> path: follows object keys and array indexes (as integers); null when a step is missing. */
    public static JsonValue path(JsonValue v, List<String> path) {
        JsonValue cur = v;
        for (String step : path) {
            if (cur instanceof JsonValue.Obj o) {
                cur = o.get(step);
            } else if (cur instanceof JsonValue.Arr) {
                Integer i = parseIndex(step);
                if (i == null) {
                    return null;
                }
                cur = element(cur, i);
            } else {
                return null;
            }
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    private static Integer parseIndex(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- containment and existence

    /** a @> b (JsonbDeepContains). */
    public static boolean contains(JsonValue a, JsonValue b) {
        boolean aRaw = !(a instanceof JsonValue.Arr || a instanceof JsonValue.Obj);
        boolean bRaw = !(b instanceof JsonValue.Arr || b instanceof JsonValue.Obj);
        if (a instanceof JsonValue.Obj || b instanceof JsonValue.Obj) {
            if (!(a instanceof JsonValue.Obj oa) || !(b instanceof JsonValue.Obj ob)) {
                return false;
            }
            return objectContains(oa, ob);
        }
        if (aRaw && !bRaw) {
            return false;
        }
        List<JsonValue> la = aRaw ? List.of(a) : ((JsonValue.Arr) a).elements();
        List<JsonValue> lb = bRaw ? List.of(b) : ((JsonValue.Arr) b).elements();
        return arrayContains(la, lb);
    }

    private static boolean objectContains(JsonValue.Obj a, JsonValue.Obj b) {
        if (b.size() > a.size()) {
            return false;
        }
        for (int i = 0; i < b.size(); i++) {
            JsonValue av = a.get(b.keys().get(i));
            JsonValue bv = b.values().get(i);
            if (av == null) {
                return false;
            }
            boolean ac = av instanceof JsonValue.Arr || av instanceof JsonValue.Obj;
            boolean bc = bv instanceof JsonValue.Arr || bv instanceof JsonValue.Obj;
            if (!ac && !bc) {
                if (!av.equals(bv)) {
                    return false;
                }
            } else if (ac && bc && av.getClass() == bv.getClass()) {
                if (!contains(av, bv)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean arrayContains(List<JsonValue> a, List<JsonValue> b) {
        for (JsonValue bv : b) {
            boolean found = false;
            if (bv instanceof JsonValue.Arr || bv instanceof JsonValue.Obj) {
                for (JsonValue av : a) {
                    if (av.getClass() == bv.getClass() && contains(av, bv)) {
                        found = true;
                        break;
                    }
                }
            } else {
                for (JsonValue av : a) {
                    if (av.equals(bv)) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** jsonb ? key: a top-level key, a string element of a top-level array, or the string itself. */
    public static boolean exists(JsonValue v, String key) {
        if (v instanceof JsonValue.Obj o) {
            return o.get(key) != null;
        }
        if (v instanceof JsonValue.Arr a) {
            for (JsonValue e : a.elements()) {
                if (e instanceof JsonValue.Str s && s.value().equals(key)) {
                    return true;
                }
            }
            return false;
        }
        return v instanceof JsonValue.Str s && s.value().equals(key);
    }

    // ---- modification

    /** jsonb || jsonb: objects merge (right wins), anything else concatenates as arrays. */
    public static JsonValue concat(JsonValue a, JsonValue b) {
        if (a instanceof JsonValue.Obj oa && b instanceof JsonValue.Obj ob) {
            List<String> keys = new ArrayList<>(oa.keys());
            List<JsonValue> values = new ArrayList<>(oa.values());
            keys.addAll(ob.keys());
            values.addAll(ob.values());
            return JsonValue.normalize(new JsonValue.Obj(keys, values));
        }
        List<JsonValue> out = new ArrayList<>();
        out.addAll(a instanceof JsonValue.Arr x ? x.elements() : List.of(a));
        out.addAll(b instanceof JsonValue.Arr y ? y.elements() : List.of(b));
        return new JsonValue.Arr(out);
    }

    /** jsonb - text: drops the key, or the array's string elements equal to it. */
    public static JsonValue deleteKey(JsonValue v, String key) {
        if (v instanceof JsonValue.Obj o) {
            List<String> keys = new ArrayList<>();
            List<JsonValue> values = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                if (!o.keys().get(i).equals(key)) {
                    keys.add(o.keys().get(i));
                    values.add(o.values().get(i));
                }
            }
            return new JsonValue.Obj(keys, values);
        }
        if (v instanceof JsonValue.Arr a) {
            List<JsonValue> out = new ArrayList<>();
            for (JsonValue e : a.elements()) {
                if (!(e instanceof JsonValue.Str s && s.value().equals(key))) {
                    out.add(e);
                }
            }
            return new JsonValue.Arr(out);
        }
        throw cannotDeleteFromScalar();
    }

    /** jsonb - int: drops the array element (negative counts from the end). */
    public static JsonValue deleteIndex(JsonValue v, int index) {
        if (v instanceof JsonValue.Obj) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from object using integer index");
        }
        if (!(v instanceof JsonValue.Arr a)) {
            throw cannotDeleteFromScalar();
        }
        int n = a.elements().size();
        int i = index < 0 ? n + index : index;
        if (i < 0 || i >= n) {
            return v;
        }
        List<JsonValue> out = new ArrayList<>(a.elements());
        out.remove(i);
        return new JsonValue.Arr(out);
    }

    private static PgException cannotDeleteFromScalar() {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
    }

    /** jsonb_strip_nulls / json_strip_nulls: object fields whose value is null, recursively. */
    public static JsonValue stripNulls(JsonValue v) {
        if (v instanceof JsonValue.Obj o) {
            List<String> keys = new ArrayList<>();
            List<JsonValue> values = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                if (!(o.values().get(i) instanceof JsonValue.Null)) {
                    keys.add(o.keys().get(i));
                    values.add(stripNulls(o.values().get(i)));
                }
            }
            return new JsonValue.Obj(keys, values);
        }
        if (v instanceof JsonValue.Arr a) {
            List<JsonValue> out = new ArrayList<>();
            for (JsonValue e : a.elements()) {
                out.add(stripNulls(e));
            }
            return new JsonValue.Arr(out);
        }
        return v;
    }

    /** json_strip_nulls keeps the text's layout elsewhere in PostgreSQL; we print it compactly as json does. */
    public static String stripNullsJson(String json) {
        JsonParser.Parsed p = JsonParser.parseJson(json);
        StringBuilder sb = new StringBuilder();
        writeCompact(sb, stripNulls(p.root()), p);
        return sb.toString();
    }

    private static void writeCompact(StringBuilder sb, JsonValue v, JsonParser.Parsed p) {
        if (v instanceof JsonValue.Obj o) {
            sb.append('{');
            for (int i = 0; i < o.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                JsonValue.quote(sb, o.keys().get(i));
                sb.append(':');
                writeCompact(sb, o.values().get(i), p);
            }
            sb.append('}');
        } else if (v instanceof JsonValue.Arr a) {
            sb.append('[');
            for (int i = 0; i < a.elements().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeCompact(sb, a.elements().get(i), p);
            }
            sb.append(']');
        } else {
            sb.append(p.source(v));
        }
    }

    /** json_array_length / jsonb_array_length: 22023 for a scalar or an object. */
    public static int arrayLength(JsonValue v, boolean jsonb) {
        if (v instanceof JsonValue.Arr a) {
            return a.elements().size();
        }
        if (v instanceof JsonValue.Obj) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot get array length of a non-array");
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot get array length of a scalar");
    }

    /**
     * jsonb_set (create = true adds a missing last key/index) and jsonb_insert (insert = true:
     * into arrays before the index, or after with {@code after}; 22023 for an existing object key).
     */
    public static JsonValue set(JsonValue target, List<String> path, JsonValue value, boolean create, boolean insert,
            boolean after) {
        if (!(target instanceof JsonValue.Arr || target instanceof JsonValue.Obj)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        if (path.isEmpty()) {
            return target;
        }
        return setPath(target, path, 0, value, create, insert, after);
    }

    private static JsonValue setPath(JsonValue cur, List<String> path, int level, JsonValue value, boolean create,
            boolean insert, boolean after) {
        String step = step(path, level);
        boolean last = level == path.size() - 1;
        if (cur instanceof JsonValue.Obj o) {
            List<String> keys = new ArrayList<>(o.keys());
            List<JsonValue> values = new ArrayList<>(o.values());
            int i = keys.indexOf(step);
            if (i >= 0) {
                if (last) {
                    if (insert) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                                .withHint("Try using the function jsonb_set to replace key value.");
                    }
                    values.set(i, value);
                } else {
                    values.set(i, setPath(values.get(i), path, level + 1, value, create, insert, after));
                }
            } else if (last && (create || insert)) {
                keys.add(step);
                values.add(value);
            } else {
                return cur;
            }
            return JsonValue.normalize(new JsonValue.Obj(keys, values));
        }
        if (cur instanceof JsonValue.Arr a) {
            Integer index = parseIndex(step);
            if (index == null) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "path element at position %d is not an integer: \"%s\"", level + 1, step);
            }
            List<JsonValue> out = new ArrayList<>(a.elements());
            int n = out.size();
            int i = index < 0 ? n + index : index;
            if (last) {
                if (insert) {
                    int at = i < 0 ? 0 : Math.min(i, n);
                    if (after && i >= 0 && i < n) {
                        at = i + 1;
                    }
                    out.add(at, value);
                } else if (i >= 0 && i < n) {
                    out.set(i, value);
                } else if (create) {
                    if (i < 0) {
                        out.add(0, value);
                    } else {
                        out.add(value);
                    }
                }
                return new JsonValue.Arr(out);
            }
            if (i >= 0 && i < n) {
                out.set(i, setPath(out.get(i), path, level + 1, value, create, insert, after));
            }
            return new JsonValue.Arr(out);
        }
        return cur;
    }

    /**
     * {@code jsonb_column[a][b] := value} (setPath with JB_PATH_CREATE | FILL_GAPS |
     * CONSISTENT_POSITION): missing keys and the containers below them are created (an integer
     * step makes an array), arrays grow to reach an index, padding with nulls; a negative index
     * counts from the end and may not reach before the start; a scalar on the way is 22023.
     */
    public static JsonValue assign(JsonValue target, List<String> path, JsonValue value) {
        return assign(target, path, 0, value);
    }

    private static JsonValue assign(JsonValue cur, List<String> path, int level, JsonValue value) {
        String step = step(path, level);
        boolean last = level == path.size() - 1;
        if (cur instanceof JsonValue.Obj o) {
            List<String> keys = new ArrayList<>(o.keys());
            List<JsonValue> values = new ArrayList<>(o.values());
            int i = keys.indexOf(step);
            if (i >= 0) {
                values.set(i, last ? value : assign(values.get(i), path, level + 1, value));
            } else {
                keys.add(step);
                values.add(last ? value : newPath(path, level, value));
            }
            return JsonValue.normalize(new JsonValue.Obj(keys, values));
        }
        if (cur instanceof JsonValue.Arr a) {
            Integer index = parseIndex(step);
            if (index == null) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "path element at position %d is not an integer: \"%s\"", level + 1, step);
            }
            List<JsonValue> out = new ArrayList<>(a.elements());
            int n = out.size();
            long i = index;
            if (i < 0) {
                if (-i > n) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "path element at position %d is out of range: %d", level + 1, index);
                }
                i += n;
            }
            if (i < n) {
                out.set((int) i, last ? value : assign(out.get((int) i), path, level + 1, value));
            } else {
                for (long k = n; k < i; k++) {
                    out.add(JsonValue.Null.INSTANCE);
                }
                out.add(last ? value : newPath(path, level, value));
            }
            return new JsonValue.Arr(out);
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                .withDetail("The path assumes key is a composite object, but it is a scalar value.");
    }

    /** push_path: the containers the steps after {@code level} need, innermost holding value. */
    private static JsonValue newPath(List<String> path, int level, JsonValue value) {
        JsonValue result = value;
        for (int i = path.size() - 1; i > level; i--) {
            String step = step(path, i);
            Integer index = parseIndex(step);
            if (index == null) {
                result = new JsonValue.Obj(List.of(step), List.of(result));
            } else {
                List<JsonValue> elements = new ArrayList<>();
                for (int k = 0; k < index; k++) {
                    elements.add(JsonValue.Null.INSTANCE);
                }
                elements.add(result);
                result = new JsonValue.Arr(elements);
            }
        }
        return result;
    }

    /** #- path: deletes the addressed key or element. */
    public static JsonValue deletePath(JsonValue v, List<String> path) {
        if (!(v instanceof JsonValue.Arr || v instanceof JsonValue.Obj)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete path in scalar");
        }
        if (path.isEmpty()) {
            return v;
        }
        return deletePath(v, path, 0);
    }

    private static JsonValue deletePath(JsonValue cur, List<String> path, int level) {
        String step = step(path, level);
        boolean last = level == path.size() - 1;
        if (cur instanceof JsonValue.Obj o) {
            JsonValue child = o.get(step);
            if (child == null) {
                return cur;
            }
            if (last) {
                return deleteKey(o, step);
            }
            List<JsonValue> values = new ArrayList<>(o.values());
            values.set(o.keys().indexOf(step), deletePath(child, path, level + 1));
            return new JsonValue.Obj(o.keys(), values);
        }
        if (cur instanceof JsonValue.Arr a) {
            Integer index = parseIndex(step);
            if (index == null) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "path element at position %d is not an integer: \"%s\"", level + 1, step);
            }
            int n = a.elements().size();
            int i = index < 0 ? n + index : index;
            if (i < 0 || i >= n) {
                return cur;
            }
            List<JsonValue> out = new ArrayList<>(a.elements());
            if (last) {
                out.remove(i);
            } else {
                out.set(i, deletePath(out.get(i), path, level + 1));
            }
            return new JsonValue.Arr(out);
        }
        return cur;
    }

    private static String step(List<String> path, int level) {
        String step = path.get(level);
        if (step == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "path element at position %d is null", level + 1);
        }
        return step;
    }
}
