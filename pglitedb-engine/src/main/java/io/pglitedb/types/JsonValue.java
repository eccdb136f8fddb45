package io.pglitedb.types;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed JSON value: the jsonb type's value, and the tree the json type's functions walk.
 *
 * <p>As jsonb holds them, objects have unique keys sorted by UTF-8 length then bytes (the last of
 * duplicate keys wins) and numbers are numerics; {@link #normalize} makes such a value from a raw
 * parse (which keeps keys as written, for json). Equality and {@link #compare} follow jsonb's
 * btree order (compareJsonbContainers): containers before their elements by size, then element by
 * element; values of different kinds order null &lt; string &lt; number &lt; boolean &lt; array
 * &lt; object; a scalar at top level is a one-element "raw scalar" array.
 */
public sealed interface JsonValue {
    /** JSON null. */
    enum Null implements JsonValue {
        INSTANCE
    }

    record Bool(boolean value) implements JsonValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    /** A number as numeric; equal when numerically equal (1.0 = 1). */
    record Num(BigDecimal value) implements JsonValue {
        @Override
        public boolean equals(Object o) {
            return o instanceof Num n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }
    }

    record Str(String value) implements JsonValue {
    }

    record Arr(List<JsonValue> elements) implements JsonValue {
        public Arr {
            elements = List.copyOf(elements);
        }
    }

    /** An object: keys and values in the same order (jsonb: sorted and unique; json: as written). */
    record Obj(List<String> keys, List<JsonValue> values) implements JsonValue {
        public Obj {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }

        public int size() {
            return keys.size();
        }

        /** The value of key (the last one for a json object with duplicates), or null. */
        public JsonValue get(String key) {
            for (int i = keys.size() - 1; i >= 0; i--) {
                if (keys.get(i).equals(key)) {
                    return values.get(i);
                }
            }
            return null;
        }
    }

    // ---- kinds

    /** jsonb_typeof / json_typeof: object, array, string, number, boolean, null. */
    static String typeName(JsonValue v) {
        return switch (v) {
            case Null n -> "null";
            case Bool b -> "boolean";
            case Num n -> "number";
            case Str s -> "string";
            case Arr a -> "array";
            case Obj o -> "object";
        };
    }

    /** jbvType order used between different kinds. */
    private static int rank(JsonValue v) {
        return switch (v) {
            case Null n -> 0;
            case Str s -> 1;
            case Num n -> 2;
            case Bool b -> 3;
            case Arr a -> 4;
            case Obj o -> 5;
        };
    }

    // ---- jsonb normal form

    /** The jsonb form of a raw parse: object keys sorted (length, then bytes) and unique, last wins. */
    static JsonValue normalize(JsonValue v) {
        if (v instanceof Arr a) {
            List<JsonValue> out = new ArrayList<>(a.elements().size());
            for (JsonValue e : a.elements()) {
                out.add(normalize(e));
            }
            return new Arr(out);
        }
        if (v instanceof Obj o) {
            int n = o.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // stable sort: among equal keys, the later index stays later and wins below
            Arrays.sort(order, (x, y) -> compareKeys(o.keys().get(x), o.keys().get(y)));
            List<String> keys = new ArrayList<>(n);
            List<JsonValue> values = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int i = order[k];
                String key = o.keys().get(i);
                JsonValue value = normalize(o.values().get(i));
                if (!keys.isEmpty() && keys.get(keys.size() - 1).equals(key)) {
                    values.set(values.size() - 1, value);
                } else {
                    keys.add(key);
                    values.add(value);
                }
            }
            return new Obj(keys, values);
        }
        return v;
    }

    /** jsonb's key order (lengthCompareJsonbString): shorter UTF-8 first, then bytewise. */
    static int compareKeys(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        return Arrays.compareUnsigned(x, y);
    }

    // ---- ordering

    /** jsonb's btree order (see the class comment). */
    static int compare(JsonValue a, JsonValue b) {
        boolean ca = a instanceof Arr || a instanceof Obj;
        boolean cb = b instanceof Arr || b instanceof Obj;
        if (!ca && !cb) {
            // two raw scalars: compared as one-element arrays
            return compareValues(a, b);
        }
        if (ca && cb) {
            return compareValues(a, b);
        }
        // raw scalar vs array: rawScalar flags differ, then the element counts decide if they differ
        if (a instanceof Obj || b instanceof Obj) {
            return a instanceof Obj ? 1 : -1;
        }
        int na = a instanceof Arr x ? x.elements().size() : 1;
        int nb = b instanceof Arr y ? y.elements().size() : 1;
        if (na != nb) {
            return na > nb ? 1 : -1;
        }
        return a instanceof Arr ? 1 : -1;
    }

    private static int compareValues(JsonValue a, JsonValue b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return ra > rb ? 1 : -1;
        }
        switch (a) {
            case Null n:
                return 0;
            case Str s:
                return PgTypeSupport.compareCodePoints(s.value(), ((Str) b).value());
            case Num n:
                return n.value().compareTo(((Num) b).value());
            case Bool x:
                return Boolean.compare(x.value(), ((Bool) b).value());
            case Arr x: {
                List<JsonValue> ea = x.elements();
                List<JsonValue> eb = ((Arr) b).elements();
                if (ea.size() != eb.size()) {
                    return ea.size() > eb.size() ? 1 : -1;
                }
                for (int i = 0; i < ea.size(); i++) {
                    int c = compareValues(ea.get(i), eb.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case Obj x: {
                Obj y = (Obj) b;
                if (x.size() != y.size()) {
                    return x.size() > y.size() ? 1 : -1;
                }
                for (int i = 0; i < x.size(); i++) {
                    int c = PgTypeSupport.compareCodePoints(x.keys().get(i), y.keys().get(i));
                    if (c != 0) {
                        return c;
                    }
                    c = compareValues(x.values().get(i), y.values().get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
        }
    }

    // ---- output

    /** jsonb's text output: {"a": 1, "b": [1, 2]}. */
    static String toText(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, -1, 0);
        return sb.toString();
    }

    /** jsonb_pretty: four-space indentation, one element per line. */
    static String pretty(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, 0, 0);
        return sb.toString();
    }

    private static void newline(StringBuilder sb, int indent, int level) {
        if (indent >= 0) {
            sb.append('\n');
            for (int i = 0; i < level; i++) {
                sb.append("    ");
            }
        }
    }

    private static void write(StringBuilder sb, JsonValue v, int indent, int level) {
        switch (v) {
            case Null n -> sb.append("null");
            case Bool b -> sb.append(b.value() ? "true" : "false");
            case Num n -> sb.append(n.value().toPlainString());
            case Str s -> quote(sb, s.value());
            case Arr a -> {
                sb.append('[');
                List<JsonValue> e = a.elements();
                for (int i = 0; i < e.size(); i++) {
                    if (i > 0) {
                        sb.append(indent >= 0 ? "," : ", ");
                    }
                    newline(sb, indent, level + 1);
                    write(sb, e.get(i), indent, level + 1);
                }
                newline(sb, indent, level);
                sb.append(']');
            }
            case Obj o -> {
                sb.append('{');
                for (int i = 0; i < o.size(); i++) {
                    if (i > 0) {
                        sb.append(indent >= 0 ? "," : ", ");
                    }
                    newline(sb, indent, level + 1);
                    quote(sb, o.keys().get(i));
                    sb.append(": ");
                    write(sb, o.values().get(i), indent, level + 1);
                }
                newline(sb, indent, level);
                sb.append('}');
            }
        }
    }

    /** escape_json: a JSON string literal. */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < ' ') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** escape_json: a JSON string literal (EXPLAIN's structured formats use it too). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }
}
