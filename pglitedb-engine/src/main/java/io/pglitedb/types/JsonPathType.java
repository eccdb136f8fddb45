package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.JsonPathItem.Chain;
import java.util.ArrayList;
import java.util.List;

/**
 * jsonpath (OID 4072): the SQL/JSON path language. A value is a parsed {@link JsonPathItem.Path};
 * text output prints it back in PostgreSQL's canonical form ({@code $."a"[*]?(@ > 1)}); binary
 * format is a version byte (1) and the text. The jsonb_path_* functions and the @? / @@ operators
 * run it through {@link JsonPathExecutor}.
 */
public final class JsonPathType extends PgType {
    JsonPathType() {
        super(4072, "jsonpath", -1, TypeCategory.USER);
    }

    @Override
    public String toText(Object value, int typmod) {
        return print((JsonPathItem.Path) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return JsonPathParser.parse(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return VersionedText.encode(toText(value, typmod));
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return fromText(VersionedText.decode(bytes, "unsupported jsonpath version number: %d"), typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return toText(a, -1).compareTo(toText(b, -1));
    }

    // ---- the jsonb_path_* functions

    private static List<Object> run(JsonValue target, Object path, JsonValue vars, boolean silent, boolean tz) {
        JsonPathItem.Path p = (JsonPathItem.Path) path;
        List<Object> found = new ArrayList<>();
        JsonPathExecutor executor = new JsonPathExecutor(p.lax(), vars, tz);
        try {
            executor.execute(p, target, found);
        } catch (JsonPathExecutor.SoftError e) {
            if (!silent) {
                throw e.error;
            }
        }
        return found;
    }

    private static JsonValue json(Object item) {
        return item instanceof JsonPathExecutor.DateTimeItem d ? JsonPathDatetime.toJson(d) : (JsonValue) item;
    }

    /** jsonb_path_exists and @? (vars null, silent): null when an error was suppressed. */
    public static Boolean exists(JsonValue target, Object path, JsonValue vars, boolean silent, boolean tz) {
        JsonPathItem.Path p = (JsonPathItem.Path) path;
        JsonPathExecutor executor = new JsonPathExecutor(p.lax(), vars, tz);
        try {
            return executor.execute(p, target, null) == JsonPathExecutor.Result.OK;
        } catch (JsonPathExecutor.SoftError e) {
            if (!silent) {
                throw e.error;
            }
            return null;
        }
    }

    /** jsonb_path_match and @@: the single boolean result, or null. */
    public static Boolean match(JsonValue target, Object path, JsonValue vars, boolean silent, boolean tz) {
        List<Object> found = run(target, path, vars, silent, tz);
        if (found.size() == 1) {
            Object v = found.get(0);
            if (v instanceof JsonValue.Bool b) {
                return b.value();
            }
            if (v == JsonValue.Null.INSTANCE) {
                return null;
            }
        }
        if (!silent) {
            throw new PgException(SqlState.SINGLETON_SQL_JSON_ITEM_REQUIRED, "single boolean result is expected");
        }
        return null;
    }

    /** jsonb_path_query: every item. */
    public static List<JsonValue> query(JsonValue target, Object path, JsonValue vars, boolean silent, boolean tz) {
        List<Object> found = run(target, path, vars, silent, tz);
        List<JsonValue> out = new ArrayList<>(found.size());
        for (Object v : found) {
            out.add(json(v));
        }
        return out;
    }

    /** jsonb_path_query_array. */
    public static JsonValue queryArray(JsonValue target, Object path, JsonValue vars, boolean silent, boolean tz) {
        return new JsonValue.Arr(query(target, path, vars, silent, tz));
    }

    /** jsonb_path_query_first: the first item or null. */
    public static JsonValue queryFirst(JsonValue target, Object path, JsonValue vars, boolean silent, boolean tz) {
        List<JsonValue> all = query(target, path, vars, silent, tz);
        return all.isEmpty() ? null : all.get(0);
    }

    // ---- output (printJsonPathItem)

    static String print(JsonPathItem.Path p) {
        StringBuilder sb = new StringBuilder();
        if (!p.lax()) {
            sb.append("strict ");
        }
        print(sb, p.expr(), true);
        return sb.toString();
    }

    private static int priority(JsonPathItem item) {
        return switch (item) {
            case JsonPathItem.Or o -> 0;
            case JsonPathItem.And a -> 1;
            case JsonPathItem.Comparison c -> 2;
            case JsonPathItem.StartsWith s -> 2;
            case JsonPathItem.LikeRegex l -> 2;
            case JsonPathItem.Arithmetic a -> a.op().equals("+") || a.op().equals("-") ? 3 : 4;
            case JsonPathItem.Unary u -> 5;
            default -> 6;
        };
    }

    /** An operand, bracketed when it binds no tighter than its operator (printJsonPathItem). */
    private static void operand(StringBuilder sb, Chain c, int parentPriority) {
        print(sb, c, priority(c.items().get(0)) <= parentPriority);
    }

    private static void print(StringBuilder sb, Chain chain, boolean brackets) {
        List<JsonPathItem> items = chain.items();
        for (int i = 0; i < items.size(); i++) {
            printItem(sb, items.get(i), i > 0, i == 0 && brackets, i + 1 < items.size());
        }
    }

    private static void open(StringBuilder sb, boolean brackets) {
        if (brackets) {
            sb.append('(');
        }
    }

    private static void close(StringBuilder sb, boolean brackets) {
        if (brackets) {
            sb.append(')');
        }
    }

    private static void printItem(StringBuilder sb, JsonPathItem item, boolean inKey, boolean brackets, boolean hasNext) {
        switch (item) {
            case JsonPathItem.Chain c -> print(sb, c, brackets);
            case JsonPathItem.Root r -> sb.append('$');
            case JsonPathItem.Current c -> sb.append('@');
            case JsonPathItem.Last l -> sb.append("last");
            case JsonPathItem.Variable v -> {
                sb.append('$');
                JsonValue.quote(sb, v.name());
            }
            case JsonPathItem.Literal l -> {
                boolean number = l.value() instanceof JsonValue.Num;
                open(sb, number && hasNext);
                sb.append(JsonValue.toText(l.value()));
                close(sb, number && hasNext);
            }
            case JsonPathItem.Key k -> {
                if (inKey) {
                    sb.append('.');
                }
                JsonValue.quote(sb, k.name());
            }
            case JsonPathItem.AnyKey a -> sb.append(inKey ? ".*" : "*");
            case JsonPathItem.AnyArray a -> sb.append("[*]");
            case JsonPathItem.IndexArray ia -> {
                sb.append('[');
                for (int i = 0; i < ia.subscripts().size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    JsonPathItem.Subscript s = ia.subscripts().get(i);
                    print(sb, s.from(), false);
                    if (s.to() != null) {
                        sb.append(" to ");
                        print(sb, s.to(), false);
                    }
                }
                sb.append(']');
            }
            case JsonPathItem.Any any -> {
                if (inKey) {
                    sb.append('.');
                }
                int first = any.first();
                int last = any.last();
                if (first == 0 && last == JsonPathItem.Any.LAST) {
                    sb.append("**");
                } else if (first == last) {
                    sb.append("**{").append(level(first)).append('}');
                } else {
                    sb.append("**{").append(level(first)).append(" to ").append(level(last)).append('}');
                }
            }
            case JsonPathItem.Filter f -> {
                sb.append("?(");
                print(sb, f.predicate(), false);
                sb.append(')');
            }
            case JsonPathItem.Method m -> sb.append('.').append(m.name()).append("()");
            case JsonPathItem.Datetime d -> {
                sb.append(".datetime(");
                if (d.template() != null) {
                    JsonValue.quote(sb, d.template());
                }
                sb.append(')');
            }
            case JsonPathItem.Arithmetic a -> binary(sb, a.left(), a.op(), a.right(), priority(a), brackets);
            case JsonPathItem.Unary u -> {
                open(sb, brackets);
                sb.append(u.op());
                operand(sb, u.operand(), 5);
                close(sb, brackets);
            }
            case JsonPathItem.And a -> binary(sb, a.left(), "&&", a.right(), 1, brackets);
            case JsonPathItem.Or o -> binary(sb, o.left(), "||", o.right(), 0, brackets);
            case JsonPathItem.Comparison c -> binary(sb, c.left(), c.op(), c.right(), 2, brackets);
            case JsonPathItem.StartsWith s -> binary(sb, s.whole(), "starts with", s.initial(), 2, brackets);
            case JsonPathItem.Not n -> {
                sb.append("!(");
                print(sb, n.operand(), false);
                sb.append(')');
            }
            case JsonPathItem.IsUnknown u -> {
                sb.append('(');
                print(sb, u.operand(), false);
                sb.append(") is unknown");
            }
            case JsonPathItem.Exists e -> {
                sb.append("exists (");
                print(sb, e.path(), false);
                sb.append(')');
            }
            case JsonPathItem.LikeRegex l -> {
                open(sb, brackets);
                operand(sb, l.operand(), 2);
                sb.append(" like_regex ");
                JsonValue.quote(sb, l.pattern());
                if (!l.flags().isEmpty()) {
                    StringBuilder f = new StringBuilder();
                    for (char c : "ismxq".toCharArray()) {
                        if (l.flags().indexOf(c) >= 0) {
                            f.append(c);
                        }
                    }
                    sb.append(" flag ");
                    JsonValue.quote(sb, f.toString());
                }
                close(sb, brackets);
            }
        }
    }

    private static void binary(StringBuilder sb, Chain left, String op, Chain right, int p, boolean brackets) {
        open(sb, brackets);
        operand(sb, left, p);
        sb.append(' ').append(op).append(' ');
        operand(sb, right, p);
        close(sb, brackets);
    }

    private static String level(int v) {
        return v == JsonPathItem.Any.LAST ? "last" : Integer.toString(v);
    }
}
