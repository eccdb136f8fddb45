package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.JsonOperations;
import io.pglitedb.types.JsonParser;
import io.pglitedb.types.JsonValue;
import io.pglitedb.types.OverloadResolution;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Regex;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The set-returning functions, one mechanism for FROM (a FunctionScan, WITH ORDINALITY and LATERAL
 * arguments) and SELECT lists (a ProjectSet): generate_series, unnest, string_to_table,
 * json(b)_each(_text), json(b)_array_elements(_text), json(b)_object_keys, regexp_split_to_table,
 * regexp_matches.
 */
public final class TableFunctions {
    private TableFunctions() {
    }

    private record Signature(String name, PgType[] args, List<String> columns, List<DataType> types, boolean scalar,
            Function<Object[], List<Object[]>> body) {
    }

    private record Resolved(String name, List<DataType> argumentTypes, List<String> columnNames,
            List<DataType> columnTypes, boolean scalarResult, Function<Object[], List<Object[]>> body)
            implements TableFunction {
        @Override
        public Iterator<Object[]> rows(Object[] args) {
            for (Object a : args) {
                if (a == null) {
                    return java.util.Collections.emptyIterator();
                }
            }
            return body.apply(args).iterator();
        }
    }

    private static final Map<String, List<Signature>> BY_NAME = new HashMap<>();

    private static void add(String name, PgType[] args, List<String> columns, List<PgType> types,
            Function<Object[], List<Object[]>> body) {
        List<DataType> dataTypes = new ArrayList<>();
        for (PgType t : types) {
            dataTypes.add(DataType.of(t));
        }
        boolean scalar = columns.size() == 1 && columns.get(0).equals(name);
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Signature(name, args, columns, List.copyOf(dataTypes), scalar, body));
    }

    static {
        PgType jsonb = Types.JSONB;
        PgType json = Types.JSON;
        PgType text = Types.TEXT;
        add("jsonb_each", new PgType[] {jsonb}, List.of("key", "value"), List.of(text, jsonb),
                a -> each((JsonValue) a[0], "jsonb_each", false));
        add("jsonb_each_text", new PgType[] {jsonb}, List.of("key", "value"), List.of(text, text),
                a -> each((JsonValue) a[0], "jsonb_each_text", true));
        add("json_each", new PgType[] {json}, List.of("key", "value"), List.of(text, json),
                a -> jsonEach((String) a[0], "json_each", false));
        add("json_each_text", new PgType[] {json}, List.of("key", "value"), List.of(text, text),
                a -> jsonEach((String) a[0], "json_each_text", true));
        add("jsonb_array_elements", new PgType[] {jsonb}, List.of("value"), List.of(jsonb),
                a -> elements((JsonValue) a[0], "jsonb_array_elements", false));
        add("jsonb_array_elements_text", new PgType[] {jsonb}, List.of("value"), List.of(text),
                a -> elements((JsonValue) a[0], "jsonb_array_elements_text", true));
        add("json_array_elements", new PgType[] {json}, List.of("value"), List.of(json),
                a -> jsonElements((String) a[0], "json_array_elements", false));
        add("json_array_elements_text", new PgType[] {json}, List.of("value"), List.of(text),
                a -> jsonElements((String) a[0], "json_array_elements_text", true));
        add("jsonb_object_keys", new PgType[] {jsonb}, List.of("jsonb_object_keys"), List.of(text),
                a -> keys((JsonValue) a[0], "jsonb_object_keys"));
        add("json_object_keys", new PgType[] {json}, List.of("json_object_keys"), List.of(text),
                a -> keys(JsonParser.parseJson((String) a[0]).root(), "json_object_keys"));
        PgType path = Types.JSONPATH;
        PgType bool = Types.BOOL;
        for (String name : new String[] {"jsonb_path_query", "jsonb_path_query_tz"}) {
            boolean tz = name.endsWith("_tz");
            JsonValue noVars = new JsonValue.Obj(List.of(), List.of());
            add(name, new PgType[] {jsonb, path}, List.of(name), List.of(jsonb),
                    a -> single(io.pglitedb.types.JsonPathType.query((JsonValue) a[0], a[1], noVars, false, tz)));
            add(name, new PgType[] {jsonb, path, jsonb}, List.of(name), List.of(jsonb),
                    a -> single(io.pglitedb.types.JsonPathType.query((JsonValue) a[0], a[1], (JsonValue) a[2], false, tz)));
            add(name, new PgType[] {jsonb, path, jsonb, bool}, List.of(name), List.of(jsonb),
                    a -> single(io.pglitedb.types.JsonPathType.query((JsonValue) a[0], a[1], (JsonValue) a[2],
                            (Boolean) a[3], tz)));
        }
        PgType texts = io.pglitedb.types.ArrayTypes.TEXT;
        add("regexp_matches", new PgType[] {text, text}, List.of("regexp_matches"), List.of(texts),
                a -> matches(Regex.matches((String) a[0], (String) a[1], "")));
        add("regexp_matches", new PgType[] {text, text, text}, List.of("regexp_matches"), List.of(texts),
                a -> matches(Regex.matches((String) a[0], (String) a[1], (String) a[2])));
        // reloptions / attoptions / ftoptions ("name=value" entries) as rows, split at the first '='
        add("pg_options_to_table", new PgType[] {texts}, List.of("option_name", "option_value"), List.of(text, text),
                a -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (Object o : ((io.pglitedb.types.ArrayValue) a[0]).elements()) {
                        if (o != null) {
                            String option = (String) o;
                            int eq = option.indexOf('=');
                            rows.add(eq < 0 ? new Object[] {option, null}
                                    : new Object[] {option.substring(0, eq), option.substring(eq + 1)});
                        }
                    }
                    return rows;
                });
        add("pg_get_keywords", new PgType[0], List.of("word", "catcode", "barelabel", "catdesc", "baredesc"),
                List.of(text, Types.CHAR, bool, text, text), a -> keywords());
        add("regexp_split_to_table", new PgType[] {text, text}, List.of("regexp_split_to_table"), List.of(text),
                a -> single(Regex.split((String) a[0], (String) a[1], "")));
        add("regexp_split_to_table", new PgType[] {text, text, text}, List.of("regexp_split_to_table"), List.of(text),
                a -> single(Regex.split((String) a[0], (String) a[1], (String) a[2])));
    }

    /** pg_get_keywords(): PostgreSQL 15's keywords with their category and bare-label rule, by word. */
    private static List<Object[]> keywords() {
        List<Object[]> rows = new ArrayList<>();
        for (io.pglitedb.sql.parser.Keyword k : io.pglitedb.sql.parser.Keyword.values()) {
            String[] category = switch (k.category()) {
                case UNRESERVED -> new String[] {"U", "unreserved"};
                case COL_NAME -> new String[] {"C", "unreserved (cannot be function or type name)"};
                case TYPE_FUNC_NAME -> new String[] {"T", "reserved (can be function or type name)"};
                case RESERVED -> new String[] {"R", "reserved"};
            };
            rows.add(new Object[] {k.text(), Types.CHAR.fromText(category[0], -1), k.bareLabel(), category[1],
                    k.bareLabel() ? "can be bare label" : "requires AS"});
        }
        rows.sort((x, y) -> ((String) x[0]).compareTo((String) y[0]));
        return rows;
    }

    /** @return the table function for a call in FROM, or null when {@code name} is none */
    public static TableFunction resolve(String name, List<DataType> argumentTypes) {
        switch (name) {
            case "generate_series":
                return GenerateSeriesFunction.resolve(argumentTypes);
            case "unnest":
                return UnnestFunction.unnest(argumentTypes);
            case "string_to_table":
                return UnnestFunction.stringToTable(argumentTypes);
            case ExpandArrayFunction.NAME:
                return ExpandArrayFunction.resolve(argumentTypes);
            case GenerateSubscriptsFunction.NAME:
                return GenerateSubscriptsFunction.resolve(argumentTypes);
            case io.pglitedb.catalog.system.CatalogTableFunctions.ACLEXPLODE,
                    io.pglitedb.catalog.system.CatalogTableFunctions.IDENTIFY_OBJECT,
                    io.pglitedb.catalog.system.CatalogTableFunctions.PARTITION_TREE,
                    io.pglitedb.catalog.system.CatalogTableFunctions.PARTITION_ANCESTORS: {
                TableFunction f = io.pglitedb.catalog.system.CatalogTableFunctions.resolve(name, argumentTypes);
                if (f == null) {
                    throw Functions.doesNotExist(name, argumentTypes);
                }
                return f;
            }
            default:
                break;
        }
        if (JsonRecordFunctions.handles(name)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "could not determine row type for result of %s", name)
                    .withHint("Provide a non-null record argument, or call the function in the FROM clause using a "
                            + "column definition list.");
        }
        List<Signature> signatures = BY_NAME.get(name);
        if (signatures == null) {
            return null;
        }
        List<PgType[]> candidates = new ArrayList<>();
        for (Signature s : signatures) {
            candidates.add(s.args());
        }
        PgType[] inputs = Functions.types(argumentTypes);
        int c = OverloadResolution.select(candidates, inputs);
        if (c == OverloadResolution.NONE) {
            throw Functions.doesNotExist(name, argumentTypes);
        }
        if (c == OverloadResolution.AMBIGUOUS) {
            throw Functions.notUnique(name, argumentTypes);
        }
        Signature s = signatures.get(c);
        List<DataType> args = new ArrayList<>();
        for (PgType t : s.args()) {
            args.add(DataType.of(t));
        }
        return new Resolved(name, List.copyOf(args), s.columns(), s.types(), s.scalar(), s.body());
    }

    /**
     * A set-returning function called in a SELECT list: as in FROM, except that unnest takes one
     * array there; null when {@code name} is none.
     */
    public static TableFunction resolveInSelectList(String name, List<DataType> argumentTypes) {
        if (name.equals("unnest") && argumentTypes.size() > 1) {
            throw Functions.doesNotExist(name, argumentTypes);
        }
        return resolve(name, argumentTypes);
    }

    /** Whether {@code name} is a set-returning function. */
    public static boolean exists(String name) {
        return BY_NAME.containsKey(name) || name.equals("generate_series") || name.equals("unnest")
                || name.equals("string_to_table") || name.equals(ExpandArrayFunction.NAME)
                || name.equals(GenerateSubscriptsFunction.NAME)
                || io.pglitedb.catalog.system.CatalogTableFunctions.handles(name)
                || JsonRecordFunctions.handles(name);
    }

    /** Whether {@code name} returns "record" (its columns come from a column definition list). */
    public static boolean returnsRecord(String name) {
        return JsonRecordFunctions.handles(name);
    }

    /** A function returning "record" with the columns of the definition list. */
    public static TableFunction resolveRecord(String name, List<DataType> argumentTypes, List<String> columnNames,
            List<DataType> columnTypes) {
        return JsonRecordFunctions.resolve(name, argumentTypes, columnNames, columnTypes);
    }

    private static List<Object[]> matches(List<List<String>> matches) {
        List<Object[]> rows = new ArrayList<>(matches.size());
        for (List<String> groups : matches) {
            rows.add(new Object[] {TextFunctions.array(groups)});
        }
        return rows;
    }

    private static List<Object[]> single(List<?> values) {
        List<Object[]> rows = new ArrayList<>(values.size());
        for (Object v : values) {
            rows.add(new Object[] {v});
        }
        return rows;
    }

    private static List<Object[]> each(JsonValue v, String name, boolean text) {
        if (!(v instanceof JsonValue.Obj o)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call %s on a non-object", name);
        }
        List<Object[]> rows = new ArrayList<>(o.size());
        for (int i = 0; i < o.size(); i++) {
            JsonValue value = o.values().get(i);
            rows.add(new Object[] {o.keys().get(i), text ? JsonOperations.asText(value) : value});
        }
        return rows;
    }

    private static List<Object[]> jsonEach(String json, String name, boolean text) {
        JsonParser.Parsed p = JsonParser.parseJson(json);
        if (!(p.root() instanceof JsonValue.Obj o)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call %s on a non-object", name);
        }
        List<Object[]> rows = new ArrayList<>(o.size());
        for (int i = 0; i < o.size(); i++) {
            JsonValue value = o.values().get(i);
            rows.add(new Object[] {o.keys().get(i), text ? JsonOperations.asText(p, value) : p.source(value)});
        }
        return rows;
    }

    private static List<Object[]> elements(JsonValue v, String name, boolean text) {
        if (v instanceof JsonValue.Obj) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot extract elements from an object");
        }
        if (!(v instanceof JsonValue.Arr a)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot extract elements from a scalar");
        }
        List<Object[]> rows = new ArrayList<>(a.elements().size());
        for (JsonValue e : a.elements()) {
            rows.add(new Object[] {text ? JsonOperations.asText(e) : e});
        }
        return rows;
    }

    private static List<Object[]> jsonElements(String json, String name, boolean text) {
        JsonParser.Parsed p = JsonParser.parseJson(json);
        if (p.root() instanceof JsonValue.Obj) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call %s on a non-array", name);
        }
        if (!(p.root() instanceof JsonValue.Arr a)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call %s on a scalar", name);
        }
        List<Object[]> rows = new ArrayList<>(a.elements().size());
        for (JsonValue e : a.elements()) {
            rows.add(new Object[] {text ? JsonOperations.asText(p, e) : p.source(e)});
        }
        return rows;
    }

    private static List<Object[]> keys(JsonValue v, String name) {
        if (v instanceof JsonValue.Arr) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call %s on an array", name);
        }
        if (!(v instanceof JsonValue.Obj o)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call %s on a scalar", name);
        }
        List<Object[]> rows = new ArrayList<>(o.size());
        for (String k : o.keys()) {
            rows.add(new Object[] {k}); // json keeps duplicate keys, and returns each
        }
        return rows;
    }
}
