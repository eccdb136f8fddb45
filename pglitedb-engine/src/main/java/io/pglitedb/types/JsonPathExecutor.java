package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.JsonPathItem.Chain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a jsonpath against a jsonb value, as jsonpath_exec.c does: lax mode unwraps arrays and
 * wraps scalars and ignores structural errors; strict mode reports them. "Soft" errors (those
 * PostgreSQL raises through RETURN_ERROR) are {@link SoftError}s: the silent flag turns them into
 * an empty result, and predicates turn them into unknown. A null {@code found} list means only
 * "is there any item" is asked: execution stops at the first one.
 *
 * <p>Items are {@link JsonValue}s, or {@link DateTimeItem}s made by .datetime().
 */
final class JsonPathExecutor {
    /** An error that silent mode suppresses (jperError). */
    static final class SoftError extends RuntimeException {
        final PgException error;

        SoftError(PgException error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /** A date, time, timetz, timestamp or timestamptz made by .datetime(). */
    record DateTimeItem(PgType type, Object value, int typmod) {
    }

    enum Result { OK, NOT_FOUND }

    private enum Bool { TRUE, FALSE, UNKNOWN }

    private final boolean lax;
    private final JsonValue vars;
    private final boolean useTz;
    private boolean ignoreStructuralErrors;
    private Object root;
    private Object current;
    private int innermostArraySize = -1;
    private JsonValue baseObject;
    private long baseId;
    private long lastGeneratedObjectId;
    private final Map<JsonValue, Map<JsonValue, Integer>> offsets = new IdentityHashMap<>();

    JsonPathExecutor(boolean lax, JsonValue vars, boolean useTz) {
        this.lax = lax;
        this.vars = vars;
        this.useTz = useTz;
        this.ignoreStructuralErrors = lax;
        this.lastGeneratedObjectId = vars != null ? 2 : 1;
    }

    /** executeJsonPath: the items found (or, for a null list, whether any). */
    Result execute(JsonPathItem.Path path, JsonValue json, List<Object> found) {
        if (vars != null && !(vars instanceof JsonValue.Obj)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "\"vars\" argument is not an object")
                    .withDetail("Jsonpath parameters should be encoded as key-value pairs of \"vars\" object.");
        }
        root = json;
        current = json;
        baseObject = json;
        baseId = 0;
        if (!lax && found == null) {
            List<Object> all = new ArrayList<>();
            execute(path.expr(), 0, json, all, lax);
            return all.isEmpty() ? Result.NOT_FOUND : Result.OK;
        }
        return execute(path.expr(), 0, json, found, lax);
    }

    // ---- helpers

    private static SoftError soft(SqlState state, String format, Object... args) {
        return new SoftError(new PgException(state, format, args));
    }

    private static boolean isArray(Object v) {
        return v instanceof JsonValue.Arr;
    }

    private static boolean isObject(Object v) {
        return v instanceof JsonValue.Obj;
    }

    private static BigDecimal numeric(Object v) {
        return v instanceof JsonValue.Num n ? n.value() : null;
    }

    private static JsonValue num(BigDecimal d) {
        return new JsonValue.Num(d);
    }

    private static JsonValue num(long v) {
        return new JsonValue.Num(BigDecimal.valueOf(v));
    }

    /** executeNextItem: the item after index i, or the end of the chain. */
    private Result next(Chain chain, int i, Object v, List<Object> found) {
        if (i + 1 < chain.items().size()) {
            return execute(chain, i + 1, v, found, lax);
        }
        if (found != null) {
            found.add(v);
        }
        return Result.OK;
    }

    private boolean hasNext(Chain chain, int i) {
        return i + 1 < chain.items().size();
    }

    Result executeChain(Chain chain, Object v, List<Object> found) {
        return execute(chain, 0, v, found, lax);
    }

    /** executeItemOptUnwrapTarget for chain.items[i]; i == size means "the value itself". */
    private Result execute(Chain chain, int i, Object jb, List<Object> found, boolean unwrap) {
        if (i >= chain.items().size()) {
            if (found != null) {
                found.add(jb);
            }
            return Result.OK;
        }
        JsonPathItem item = chain.items().get(i);
        switch (item) {
            case JsonPathItem.Predicate p -> {
                Bool st = bool(p, jb, true);
                if (!hasNext(chain, i) && found == null) {
                    return Result.OK;
                }
                JsonValue value = st == Bool.UNKNOWN ? JsonValue.Null.INSTANCE : JsonValue.Bool.of(st == Bool.TRUE);
                return next(chain, i, value, found);
            }
            case JsonPathItem.Arithmetic a -> {
                return binaryArithmetic(chain, i, a, jb, found);
            }
            case JsonPathItem.Unary u -> {
                return unaryArithmetic(chain, i, u, jb, found);
            }
            case JsonPathItem.Filter f -> {
                if (unwrap && isArray(jb)) {
                    return unwrapTargetArray(chain, i, jb, found, false);
                }
                Bool st = nestedBool(f.predicate(), jb);
                if (st != Bool.TRUE) {
                    return Result.NOT_FOUND;
                }
                return next(chain, i, jb, found);
            }
            case JsonPathItem.Any any -> {
                Result res = Result.NOT_FOUND;
                if (any.first() == 0) {
                    boolean saved = ignoreStructuralErrors;
                    ignoreStructuralErrors = true;
                    try {
                        res = next(chain, i, jb, found);
                    } finally {
                        ignoreStructuralErrors = saved;
                    }
                    if (res == Result.OK && found == null) {
                        return res;
                    }
                }
                if (isArray(jb) || isObject(jb)) {
                    res = anyItem(chain, i + 1, (JsonValue) jb, found, 1, any.first(), any.last(), true, lax);
                }
                return res;
            }
            case JsonPathItem.Key k -> {
                if (jb instanceof JsonValue.Obj o) {
                    JsonValue v = o.get(k.name());
                    if (v != null) {
                        return next(chain, i, v, found);
                    }
                    if (!ignoreStructuralErrors) {
                        throw soft(SqlState.SQL_JSON_MEMBER_NOT_FOUND, "JSON object does not contain key \"%s\"",
                                k.name());
                    }
                    return Result.NOT_FOUND;
                }
                if (unwrap && isArray(jb)) {
                    return unwrapTargetArray(chain, i, jb, found, false);
                }
                if (!ignoreStructuralErrors) {
                    throw soft(SqlState.SQL_JSON_MEMBER_NOT_FOUND, "jsonpath member accessor can only be applied to an object");
                }
                return Result.NOT_FOUND;
            }
            case JsonPathItem.Root r -> {
                JsonValue savedBase = baseObject;
                long savedId = baseId;
                baseObject = root instanceof JsonValue v ? v : null;
                baseId = 0;
                try {
                    return next(chain, i, root, found);
                } finally {
                    baseObject = savedBase;
                    baseId = savedId;
                }
            }
            case JsonPathItem.Current c -> {
                return next(chain, i, current, found);
            }
            case JsonPathItem.AnyArray a -> {
                if (isArray(jb)) {
                    return unwrapTargetArray(chain, i + 1, jb, found, lax);
                }
                if (lax) {
                    return next(chain, i, jb, found);
                }
                if (!ignoreStructuralErrors) {
                    throw soft(SqlState.SQL_JSON_ARRAY_NOT_FOUND, "jsonpath wildcard array accessor can only be applied to an array");
                }
                return Result.NOT_FOUND;
            }
            case JsonPathItem.IndexArray ia -> {
                return indexArray(chain, i, ia, jb, found);
            }
            case JsonPathItem.AnyKey a -> {
                if (jb instanceof JsonValue.Obj o) {
                    return anyItem(chain, i + 1, o, found, 1, 1, 1, false, lax);
                }
                if (unwrap && isArray(jb)) {
                    return unwrapTargetArray(chain, i, jb, found, false);
                }
                if (!ignoreStructuralErrors) {
                    throw soft(SqlState.SQL_JSON_OBJECT_NOT_FOUND, "jsonpath wildcard member accessor can only be applied to an object");
                }
                return Result.NOT_FOUND;
            }
            case JsonPathItem.Last l -> {
                if (innermostArraySize < 0) {
                    throw new PgException(SqlState.INTERNAL_ERROR, "evaluating jsonpath LAST outside of array subscript");
                }
                if (!hasNext(chain, i) && found == null) {
                    return Result.OK;
                }
                return next(chain, i, num(innermostArraySize - 1), found);
            }
            case JsonPathItem.Literal l -> {
                if (!hasNext(chain, i) && found == null) {
                    return Result.OK;
                }
                return next(chain, i, l.value(), found);
            }
            case JsonPathItem.Variable var -> {
                JsonValue v = vars instanceof JsonValue.Obj o ? o.get(var.name()) : null;
                if (v == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find jsonpath variable \"%s\"", var.name());
                }
                JsonValue savedBase = baseObject;
                long savedId = baseId;
                baseObject = v;
                baseId = 1;
                try {
                    return next(chain, i, v, found);
                } finally {
                    baseObject = savedBase;
                    baseId = savedId;
                }
            }
            case JsonPathItem.Method m -> {
                return method(chain, i, m.name(), jb, found, unwrap);
            }
            case JsonPathItem.Datetime d -> {
                if (unwrap && isArray(jb)) {
                    return unwrapTargetArray(chain, i, jb, found, false);
                }
                if (!(jb instanceof JsonValue.Str s)) {
                    throw soft(SqlState.INVALID_ARGUMENT_FOR_SQL_JSON_DATETIME_FUNCTION,
                            "jsonpath item method .%s() can only be applied to a string", "datetime");
                }
                Object value = JsonPathDatetime.parse(s.value(), d.template(), useTz);
                if (!hasNext(chain, i) && found == null) {
                    return Result.OK;
                }
                return next(chain, i, value, found);
            }
            case JsonPathItem.Chain c -> {
                // a parenthesised chain used as a primary
                List<Object> seq = new ArrayList<>();
                Result r = execute(c, 0, jb, seq, unwrap);
                Result res = Result.NOT_FOUND;
                for (Object v : seq) {
                    res = next(chain, i, v, found);
                    if (res == Result.OK && found == null) {
                        return res;
                    }
                }
                return seq.isEmpty() ? r == Result.OK ? Result.NOT_FOUND : r : res;
            }
        }
    }

    /** executeItemUnwrapTargetArray: the item at i applied to each element (i == size: the elements). */
    private Result unwrapTargetArray(Chain chain, int i, Object jb, List<Object> found, boolean unwrapElements) {
        return anyItem(chain, i, (JsonValue) jb, found, 1, 1, 1, false, unwrapElements);
    }

    /** executeAnyItem: item i applied to the elements/values of a container at levels first..last. */
    private Result anyItem(Chain chain, int i, JsonValue container, List<Object> found, int level, int first, int last,
            boolean ignoreStructural, boolean unwrapNext) {
        Result res = Result.NOT_FOUND;
        if (level > last) {
            return res;
        }
        List<JsonValue> children = container instanceof JsonValue.Arr a ? a.elements()
                : container instanceof JsonValue.Obj o ? o.values() : List.of();
        for (JsonValue v : children) {
            boolean isContainer = v instanceof JsonValue.Arr || v instanceof JsonValue.Obj;
            if (level >= first || (first == JsonPathItem.Any.LAST && last == JsonPathItem.Any.LAST && !isContainer)) {
                if (i < chain.items().size()) {
                    boolean saved = ignoreStructuralErrors;
                    if (ignoreStructural) {
                        ignoreStructuralErrors = true;
                    }
                    try {
                        res = execute(chain, i, v, found, unwrapNext);
                    } finally {
                        ignoreStructuralErrors = saved;
                    }
                } else if (found != null) {
                    found.add(v);
                    res = Result.OK;
                } else {
                    return Result.OK;
                }
                if (res == Result.OK && found == null) {
                    break;
                }
            }
            if (level < last && isContainer) {
                res = anyItem(chain, i, v, found, level + 1, first, last, ignoreStructural, unwrapNext);
                if (res == Result.OK && found == null) {
                    break;
                }
            }
        }
        return res;
    }

    private Result indexArray(Chain chain, int i, JsonPathItem.IndexArray ia, Object jb, List<Object> found) {
        if (!isArray(jb) && !lax) {
            if (!ignoreStructuralErrors) {
                throw soft(SqlState.SQL_JSON_ARRAY_NOT_FOUND, "jsonpath array accessor can only be applied to an array");
            }
            return Result.NOT_FOUND;
        }
        int saved = innermostArraySize;
        boolean singleton = !isArray(jb);
        int size = singleton ? 1 : ((JsonValue.Arr) jb).elements().size();
        innermostArraySize = size;
        Result res = Result.NOT_FOUND;
        try {
            for (JsonPathItem.Subscript sub : ia.subscripts()) {
                int from = arrayIndex(sub.from(), jb);
                int to = sub.to() != null ? arrayIndex(sub.to(), jb) : from;
                if (!ignoreStructuralErrors && (from < 0 || from > to || to >= size)) {
                    throw soft(SqlState.INVALID_SQL_JSON_SUBSCRIPT, "jsonpath array subscript is out of bounds");
                }
                if (from < 0) {
                    from = 0;
                }
                if (to >= size) {
                    to = size - 1;
                }
                res = Result.NOT_FOUND;
                for (int index = from; index <= to; index++) {
                    Object v = singleton ? jb : ((JsonValue.Arr) jb).elements().get(index);
                    if (!hasNext(chain, i) && found == null) {
                        return Result.OK;
                    }
                    res = next(chain, i, v, found);
                    if (res == Result.OK && found == null) {
                        break;
                    }
                }
                if (res == Result.OK && found == null) {
                    break;
                }
            }
        } finally {
            innermostArraySize = saved;
        }
        return res;
    }

    private int arrayIndex(Chain expr, Object jb) {
        List<Object> found = new ArrayList<>();
        execute(expr, 0, jb, found, lax);
        BigDecimal d = found.size() == 1 ? numeric(found.get(0)) : null;
        if (d == null) {
            throw soft(SqlState.INVALID_SQL_JSON_SUBSCRIPT, "jsonpath array subscript is not a single numeric value");
        }
        BigDecimal t = d.setScale(0, RoundingMode.DOWN);
        if (t.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 || t.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            throw soft(SqlState.INVALID_SQL_JSON_SUBSCRIPT, "jsonpath array subscript is out of integer range");
        }
        return t.intValue();
    }

    // ---- arithmetic

    /** executeItemOptUnwrapResult: the items of a chain, arrays among them unwrapped in lax mode. */
    private List<Object> unwrappedResult(Chain c, Object jb, boolean unwrap) {
        List<Object> seq = new ArrayList<>();
        execute(c, 0, jb, seq, lax);
        if (!(unwrap && lax)) {
            return seq;
        }
        List<Object> out = new ArrayList<>(seq.size());
        for (Object v : seq) {
            if (v instanceof JsonValue.Arr a) {
                out.addAll(a.elements());
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private Result binaryArithmetic(Chain chain, int i, JsonPathItem.Arithmetic a, Object jb, List<Object> found) {
        List<Object> lseq = unwrappedResult(a.left(), jb, true);
        List<Object> rseq = unwrappedResult(a.right(), jb, true);
        BigDecimal l = lseq.size() == 1 ? numeric(lseq.get(0)) : null;
        if (l == null) {
            throw soft(SqlState.SINGLETON_SQL_JSON_ITEM_REQUIRED,
                    "left operand of jsonpath operator %s is not a single numeric value", a.op());
        }
        BigDecimal r = rseq.size() == 1 ? numeric(rseq.get(0)) : null;
        if (r == null) {
            throw soft(SqlState.SINGLETON_SQL_JSON_ITEM_REQUIRED,
                    "right operand of jsonpath operator %s is not a single numeric value", a.op());
        }
        Object result;
        try {
            result = switch (a.op()) {
                case "+" -> NumericType.add(l, r);
                case "-" -> NumericType.subtract(l, r);
                case "*" -> NumericType.multiply(l, r);
                case "/" -> NumericType.divide(l, r);
                default -> NumericType.modulo(l, r);
            };
        } catch (PgException e) {
            throw new SoftError(e);
        }
        if (!hasNext(chain, i) && found == null) {
            return Result.OK;
        }
        return next(chain, i, num((BigDecimal) result), found);
    }

    private Result unaryArithmetic(Chain chain, int i, JsonPathItem.Unary u, Object jb, List<Object> found) {
        List<Object> seq = unwrappedResult(u.operand(), jb, true);
        Result res = Result.NOT_FOUND;
        boolean hasNext = hasNext(chain, i);
        for (Object v : seq) {
            BigDecimal d = numeric(v);
            if (d != null) {
                if (found == null && !hasNext) {
                    return Result.OK;
                }
            } else {
                if (found == null && !hasNext) {
                    continue;
                }
                throw soft(SqlState.SQL_JSON_NUMBER_NOT_FOUND, "operand of unary jsonpath operator %s is not a numeric value",
                        u.op());
            }
            Object value = u.op().equals("-") ? num(d.negate()) : v;
            Result r = next(chain, i, value, found);
            if (r == Result.OK) {
                if (found == null) {
                    return Result.OK;
                }
                res = Result.OK;
            }
        }
        return res;
    }

    // ---- item methods

    private Result method(Chain chain, int i, String name, Object jb, List<Object> found, boolean unwrap) {
        switch (name) {
            case "type" -> {
                return next(chain, i, new JsonValue.Str(typeName(jb)), found);
            }
            case "size" -> {
                int size;
                if (jb instanceof JsonValue.Arr a) {
                    size = a.elements().size();
                } else {
                    if (!lax) {
                        if (!ignoreStructuralErrors) {
                            throw soft(SqlState.SQL_JSON_ARRAY_NOT_FOUND,
                                    "jsonpath item method .%s() can only be applied to an array", name);
                        }
                        return Result.NOT_FOUND;
                    }
                    size = 1;
                }
                return next(chain, i, num(size), found);
            }
            case "abs", "floor", "ceiling" -> {
                if (unwrap && isArray(jb)) {
                    return unwrapTargetArray(chain, i, jb, found, false);
                }
                BigDecimal d = numeric(jb);
                if (d == null) {
                    throw soft(SqlState.NON_NUMERIC_SQL_JSON_ITEM,
                            "jsonpath item method .%s() can only be applied to a numeric value", name);
                }
                Object r = switch (name) {
                    case "abs" -> NumericType.abs(d);
                    case "floor" -> NumericType.floor(d);
                    default -> NumericType.ceil(d);
                };
                if (!hasNext(chain, i) && found == null) {
                    return Result.OK;
                }
                return next(chain, i, num((BigDecimal) r), found);
            }
            case "double" -> {
                if (unwrap && isArray(jb)) {
                    return unwrapTargetArray(chain, i, jb, found, false);
                }
                Object value;
                if (jb instanceof JsonValue.Num n) {
                    double d = doubleOf(n.value().toPlainString());
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw soft(SqlState.NON_NUMERIC_SQL_JSON_ITEM,
                                "numeric argument of jsonpath item method .%s() is out of range for type double precision",
                                name);
                    }
                    value = jb;
                } else if (jb instanceof JsonValue.Str s) {
                    double d = doubleOf(s.value());
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw soft(SqlState.NON_NUMERIC_SQL_JSON_ITEM,
                                "string argument of jsonpath item method .%s() is not a valid representation of a double precision number",
                                name);
                    }
                    value = num((BigDecimal) NumericType.fromDouble(d, 15));
                } else {
                    throw soft(SqlState.NON_NUMERIC_SQL_JSON_ITEM,
                            "jsonpath item method .%s() can only be applied to a string or numeric value", name);
                }
                return next(chain, i, value, found);
            }
            default -> {
                return keyValue(chain, i, jb, found, unwrap);
            }
        }
    }

    /** float8in without raising: NaN for anything that is not a finite double. */
    private static double doubleOf(String text) {
        try {
            return Float8Type.parse(text, "double precision");
        } catch (PgException e) {
            return Double.NaN;
        }
    }

    static String typeName(Object v) {
        if (v instanceof DateTimeItem d) {
            return Types.formatType(DataType.of(d.type()));
        }
        return JsonValue.typeName((JsonValue) v);
    }

    private Result keyValue(Chain chain, int i, Object jb, List<Object> found, boolean unwrap) {
        if (unwrap && isArray(jb)) {
            return unwrapTargetArray(chain, i, jb, found, false);
        }
        if (!(jb instanceof JsonValue.Obj o)) {
            throw soft(SqlState.SQL_JSON_OBJECT_NOT_FOUND, "jsonpath item method .%s() can only be applied to an object",
                    "keyvalue");
        }
        if (o.size() == 0) {
            return Result.NOT_FOUND;
        }
        long id = offsetInBase(o) + baseId * 10_000_000_000L;
        Result res = Result.NOT_FOUND;
        for (int k = 0; k < o.size(); k++) {
            res = Result.OK;
            if (!hasNext(chain, i) && found == null) {
                break;
            }
            JsonValue pair = new JsonValue.Obj(List.of("id", "key", "value"),
                    List.of(num(id), new JsonValue.Str(o.keys().get(k)), o.values().get(k)));
            JsonValue savedBase = baseObject;
            long savedId = baseId;
            baseObject = pair;
            baseId = lastGeneratedObjectId++;
            try {
                res = next(chain, i, pair, found);
            } finally {
                baseObject = savedBase;
                baseId = savedId;
            }
            if (res == Result.OK && found == null) {
                break;
            }
        }
        return res;
    }

    /** The byte offset of a container inside the jsonb binary image of the current base object. */
    private long offsetInBase(JsonValue container) {
        if (baseObject == null) {
            return 0;
        }
        Map<JsonValue, Integer> map = offsets.computeIfAbsent(baseObject, b -> {
            Map<JsonValue, Integer> m = new IdentityHashMap<>();
            JsonbLayout.containerSize(b, 0, m);
            return m;
        });
        Integer off = map.get(container);
        return off == null ? 0 : off;
    }

    // ---- predicates

    private Bool nestedBool(Chain predicate, Object jb) {
        Object saved = current;
        current = jb;
        try {
            return boolChain(predicate, jb);
        } finally {
            current = saved;
        }
    }

    private Bool boolChain(Chain c, Object jb) {
        return bool((JsonPathItem.Predicate) c.items().get(0), jb, false);
    }

    private Bool bool(JsonPathItem.Predicate p, Object jb, boolean canHaveNext) {
        switch (p) {
            case JsonPathItem.And a -> {
                Bool l = boolChain(a.left(), jb);
                if (l == Bool.FALSE) {
                    return Bool.FALSE;
                }
                Bool r = boolChain(a.right(), jb);
                return r == Bool.TRUE ? l : r;
            }
            case JsonPathItem.Or o -> {
                Bool l = boolChain(o.left(), jb);
                if (l == Bool.TRUE) {
                    return Bool.TRUE;
                }
                Bool r = boolChain(o.right(), jb);
                return r == Bool.FALSE ? l : r;
            }
            case JsonPathItem.Not n -> {
                Bool b = boolChain(n.operand(), jb);
                return b == Bool.UNKNOWN ? Bool.UNKNOWN : b == Bool.TRUE ? Bool.FALSE : Bool.TRUE;
            }
            case JsonPathItem.IsUnknown u -> {
                return boolChain(u.operand(), jb) == Bool.UNKNOWN ? Bool.TRUE : Bool.FALSE;
            }
            case JsonPathItem.Comparison c -> {
                return predicate(c, c.left(), c.right(), jb, true);
            }
            case JsonPathItem.StartsWith s -> {
                return predicate(s, s.whole(), s.initial(), jb, false);
            }
            case JsonPathItem.LikeRegex l -> {
                return predicate(l, l.operand(), null, jb, false);
            }
            case JsonPathItem.Exists e -> {
                if (!lax) {
                    List<Object> vals = new ArrayList<>();
                    try {
                        execute(e.path(), 0, jb, vals, lax);
                    } catch (SoftError err) {
                        return Bool.UNKNOWN;
                    }
                    return vals.isEmpty() ? Bool.FALSE : Bool.TRUE;
                }
                try {
                    return execute(e.path(), 0, jb, null, lax) == Result.OK ? Bool.TRUE : Bool.FALSE;
                } catch (SoftError err) {
                    return Bool.UNKNOWN;
                }
            }
        }
    }

    /** executePredicate: any (lax) / all without errors (strict) pairs of left and right items. */
    private Bool predicate(JsonPathItem.Predicate p, Chain larg, Chain rarg, Object jb, boolean unwrapRight) {
        List<Object> lseq;
        List<Object> rseq = List.of();
        try {
            lseq = unwrappedResult(larg, jb, true);
            if (rarg != null) {
                rseq = unwrappedResult(rarg, jb, unwrapRight);
            }
        } catch (SoftError e) {
            return Bool.UNKNOWN;
        }
        boolean error = false;
        boolean found = false;
        for (Object l : lseq) {
            int n = rarg != null ? rseq.size() : 1;
            for (int k = 0; k < n; k++) {
                Object r = rarg != null ? rseq.get(k) : null;
                Bool res = switch (p) {
                    case JsonPathItem.Comparison c -> compare(c.op(), l, r);
                    case JsonPathItem.StartsWith s -> l instanceof JsonValue.Str w && r instanceof JsonValue.Str in
                            ? (w.value().startsWith(in.value()) ? Bool.TRUE : Bool.FALSE) : Bool.UNKNOWN;
                    case JsonPathItem.LikeRegex lr -> l instanceof JsonValue.Str s
                            ? (Regex.compileJsonPath(lr.pattern(), lr.flags()).matcher(s.value()).find() ? Bool.TRUE
                                    : Bool.FALSE) : Bool.UNKNOWN;
                    default -> Bool.UNKNOWN;
                };
                if (res == Bool.UNKNOWN) {
                    if (!lax) {
                        return Bool.UNKNOWN;
                    }
                    error = true;
                } else if (res == Bool.TRUE) {
                    if (lax) {
                        return Bool.TRUE;
                    }
                    found = true;
                }
            }
        }
        if (found) {
            return Bool.TRUE;
        }
        return error ? Bool.UNKNOWN : Bool.FALSE;
    }

    /** compareItems. */
    private Bool compare(String op, Object a, Object b) {
        int cmp;
        boolean aNull = a == JsonValue.Null.INSTANCE;
        boolean bNull = b == JsonValue.Null.INSTANCE;
        if (a instanceof DateTimeItem x && b instanceof DateTimeItem y) {
            Integer c = JsonPathDatetime.compare(x, y, useTz);
            if (c == null) {
                return Bool.UNKNOWN;
            }
            cmp = c;
        } else if (!sameKind(a, b)) {
            if (aNull || bNull) {
                return op.equals("!=") ? Bool.TRUE : Bool.FALSE;
            }
            return Bool.UNKNOWN;
        } else {
            switch (a) {
                case JsonValue.Null n -> cmp = 0;
                case JsonValue.Bool x -> cmp = Boolean.compare(x.value(), ((JsonValue.Bool) b).value());
                case JsonValue.Num x -> cmp = x.value().compareTo(((JsonValue.Num) b).value());
                case JsonValue.Str x -> {
                    if (op.equals("==")) {
                        return x.value().equals(((JsonValue.Str) b).value()) ? Bool.TRUE : Bool.FALSE;
                    }
                    cmp = PgTypeSupport.compareCodePoints(x.value(), ((JsonValue.Str) b).value());
                }
                default -> {
                    return Bool.UNKNOWN;
                }
            }
        }
        boolean r = switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            default -> cmp >= 0;
        };
        return r ? Bool.TRUE : Bool.FALSE;
    }

    private static boolean sameKind(Object a, Object b) {
        if (a instanceof DateTimeItem || b instanceof DateTimeItem) {
            return false;
        }
        return a.getClass() == b.getClass() || (a instanceof JsonValue.Null && b instanceof JsonValue.Null);
    }
}
