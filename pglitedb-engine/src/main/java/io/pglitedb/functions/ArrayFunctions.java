package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.OverloadResolution;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The array functions of PostgreSQL 15 (chapter 9.19) with their polymorphic signatures:
 * array_append/prepend/cat, array_length/lower/upper/ndims/dims, cardinality,
 * array_position(s), array_remove/replace, array_to_string, string_to_array, array_fill,
 * trim_array. Bodies are built for the concrete types a call resolves to (the element type's
 * output function for array_to_string, its ordering for array_position ...).
 */
final class ArrayFunctions {
    private ArrayFunctions() {
    }

    /** Builds the body for the concrete argument and result types. */
    @FunctionalInterface
    interface Factory {
        Scalars.Body create(DataType[] args, DataType result);
    }

    record Signature(String name, PgType[] args, PgType result, boolean strict, Factory factory) {
    }

    private static final Map<String, List<Signature>> BY_NAME = new HashMap<>();

    private static final PgType ANYARRAY = PseudoType.ANYARRAY;
    private static final PgType ANYELEMENT = PseudoType.ANYELEMENT;
    private static final PgType CARRAY = PseudoType.ANYCOMPATIBLEARRAY;
    private static final PgType CELEMENT = PseudoType.ANYCOMPATIBLE;
    private static final PgType INT4 = Types.INT4;
    private static final PgType TEXT = Types.TEXT;

    private static void fn(String name, PgType result, boolean strict, Factory factory, PgType... args) {
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>()).add(new Signature(name, args, result, strict, factory));
    }

    private static PgType element(DataType arrayType) {
        return ((ArrayType) arrayType.type()).element();
    }

    static {
        fn("array_append", CARRAY, false, (t, r) -> a -> (a[0] == null ? ArrayValue.EMPTY : (ArrayValue) a[0])
                .append(a[1]), CARRAY, CELEMENT);
        fn("array_prepend", CARRAY, false, (t, r) -> a -> (a[1] == null ? ArrayValue.EMPTY : (ArrayValue) a[1])
                .prepend(a[0]), CELEMENT, CARRAY);
        fn("array_cat", CARRAY, false, (t, r) -> a -> a[0] == null ? a[1] : a[1] == null ? a[0]
                : ArrayValue.concat((ArrayValue) a[0], (ArrayValue) a[1]), CARRAY, CARRAY);
        fn("array_ndims", INT4, true, (t, r) -> a -> {
            ArrayValue v = (ArrayValue) a[0];
            return v.ndim() == 0 ? null : v.ndim();
        }, ANYARRAY);
        fn("array_dims", TEXT, true, (t, r) -> a -> dims((ArrayValue) a[0]), ANYARRAY);
        fn("array_length", INT4, true, (t, r) -> a -> {
            ArrayValue v = (ArrayValue) a[0];
            int d = (Integer) a[1];
            return d < 1 || d > v.ndim() ? null : v.dim(d - 1);
        }, ANYARRAY, INT4);
        fn("array_lower", INT4, true, (t, r) -> a -> {
            ArrayValue v = (ArrayValue) a[0];
            int d = (Integer) a[1];
            return d < 1 || d > v.ndim() ? null : v.lowerBound(d - 1);
        }, ANYARRAY, INT4);
        fn("array_upper", INT4, true, (t, r) -> a -> {
            ArrayValue v = (ArrayValue) a[0];
            int d = (Integer) a[1];
            return d < 1 || d > v.ndim() ? null : v.lowerBound(d - 1) + v.dim(d - 1) - 1;
        }, ANYARRAY, INT4);
        fn("cardinality", INT4, true, (t, r) -> a -> ((ArrayValue) a[0]).size(), ANYARRAY);
        fn("array_position", INT4, false, (t, r) -> a -> position(a, element(t[0]), 1), CARRAY, CELEMENT);
        fn("array_position", INT4, false, (t, r) -> a -> {
            if (a[2] == null) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "initial position must not be null");
            }
            return position(a, element(t[0]), (Integer) a[2]);
        }, CARRAY, CELEMENT, INT4);
        fn("array_positions", ArrayTypes.INT4, false, (t, r) -> a -> positions(a, element(t[0])), CARRAY, CELEMENT);
        fn("array_remove", CARRAY, false, (t, r) -> a -> remove(a, element(t[0])), CARRAY, CELEMENT);
        fn("array_replace", CARRAY, false, (t, r) -> a -> replace(a, element(t[0])), CARRAY, CELEMENT, CELEMENT);
        fn("array_to_string", TEXT, true, (t, r) -> a -> toText((ArrayValue) a[0], element(t[0]), t[0].typmod(),
                (String) a[1], null), ANYARRAY, TEXT);
        fn("array_to_string", TEXT, false, (t, r) -> a -> a[0] == null || a[1] == null ? null
                : toText((ArrayValue) a[0], element(t[0]), t[0].typmod(), (String) a[1], (String) a[2]),
                ANYARRAY, TEXT, TEXT);
        fn("string_to_array", ArrayTypes.TEXT, false, (t, r) -> a -> a[0] == null ? null
                : split((String) a[0], (String) a[1], null), TEXT, TEXT);
        fn("string_to_array", ArrayTypes.TEXT, false, (t, r) -> a -> a[0] == null ? null
                : split((String) a[0], (String) a[1], (String) a[2]), TEXT, TEXT, TEXT);
        fn("array_fill", ANYARRAY, false, (t, r) -> a -> fill(a[0], (ArrayValue) a[1], null), ANYELEMENT,
                ArrayTypes.INT4);
        fn("array_fill", ANYARRAY, false, (t, r) -> a -> fill(a[0], (ArrayValue) a[1], (ArrayValue) a[2]), ANYELEMENT,
                ArrayTypes.INT4, ArrayTypes.INT4);
        fn("trim_array", ANYARRAY, true, (t, r) -> a -> trim((ArrayValue) a[0], (Integer) a[1]), ANYARRAY, INT4);
    }

    static boolean handles(String name) {
        return BY_NAME.containsKey(name);
    }

    static ScalarFunction resolve(String name, List<DataType> argumentTypes) {
        List<Signature> signatures = BY_NAME.get(name);
        List<PgType[]> candidates = new ArrayList<>(signatures.size());
        for (Signature s : signatures) {
            candidates.add(s.args());
        }
        int c = OverloadResolution.select(candidates, Functions.types(argumentTypes));
        if (c == OverloadResolution.NONE) {
            throw Functions.doesNotExist(name, argumentTypes);
        }
        if (c == OverloadResolution.AMBIGUOUS) {
            throw Functions.notUnique(name, argumentTypes);
        }
        Signature s = signatures.get(c);
        Polymorphism.Concrete concrete = Polymorphism.resolve(name, s.args(), s.result(), argumentTypes);
        if (concrete == null) {
            throw Functions.doesNotExist(name, argumentTypes);
        }
        return new Scalars.Resolved(name, List.of(concrete.args()), concrete.result(), s.strict(),
                s.factory().create(concrete.args(), concrete.result()));
    }

    // ---------------------------------------------------------------- bodies

    static String dims(ArrayValue v) {
        if (v.ndim() == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.ndim(); i++) {
            sb.append('[').append(v.lowerBound(i)).append(':').append(v.lowerBound(i) + v.dim(i) - 1).append(']');
        }
        return sb.toString();
    }

    private static void requireOneDimension(ArrayValue v, String what) {
        if (v.ndim() > 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s", what);
        }
    }

    private static boolean same(Object x, Object y, PgType element) {
        if (x == null || y == null) {
            return x == y;
        }
        return element.compare(x, y) == 0;
    }

    private static Object position(Object[] a, PgType element, int start) {
        if (a[0] == null) {
            return null;
        }
        ArrayValue v = (ArrayValue) a[0];
        requireOneDimension(v, "searching for elements in multidimensional arrays is not supported");
        if (v.size() == 0) {
            return null;
        }
        int lb = v.lowerBound(0);
        for (int i = Math.max(0, start - lb); i < v.size(); i++) {
            if (same(v.element(i), a[1], element)) {
                return lb + i;
            }
        }
        return null;
    }

    private static Object positions(Object[] a, PgType element) {
        if (a[0] == null) {
            return null;
        }
        ArrayValue v = (ArrayValue) a[0];
        requireOneDimension(v, "searching for elements in multidimensional arrays is not supported");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (same(v.element(i), a[1], element)) {
                out.add(v.lowerBound(0) + i);
            }
        }
        return ArrayValue.of(out.toArray());
    }

    private static Object remove(Object[] a, PgType element) {
        if (a[0] == null) {
            return null;
        }
        ArrayValue v = (ArrayValue) a[0];
        if (v.size() == 0) {
            return v;
        }
        requireOneDimension(v, "removing elements from multidimensional arrays is not supported");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!same(v.element(i), a[1], element)) {
                out.add(v.element(i));
            }
        }
        if (out.size() == v.size()) {
            return v;
        }
        if (out.isEmpty()) {
            return ArrayValue.EMPTY;
        }
        return ArrayValue.of(new int[] {out.size()}, new int[] {v.lowerBound(0)}, out.toArray());
    }

    private static Object replace(Object[] a, PgType element) {
        if (a[0] == null) {
            return null;
        }
        ArrayValue v = (ArrayValue) a[0];
        Object[] out = v.elements();
        for (int i = 0; i < out.length; i++) {
            if (same(out[i], a[1], element)) {
                out[i] = a[2];
            }
        }
        return v.withElements(out);
    }

    /** array_to_string: NULL elements are skipped unless a null string is given. */
    static String toText(ArrayValue v, PgType element, int typmod, String delimiter, String nullString) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int i = 0; i < v.size(); i++) {
            Object e = v.element(i);
            String s;
            if (e == null) {
                if (nullString == null) {
                    continue;
                }
                s = nullString;
            } else {
                s = element.toText(e, typmod);
            }
            if (!first) {
                sb.append(delimiter);
            }
            sb.append(s);
            first = false;
        }
        return sb.toString();
    }

    /** string_to_array: a NULL delimiter splits into characters, an empty one gives the whole string. */
    static ArrayValue split(String s, String delimiter, String nullString) {
        if (s.isEmpty()) {
            return ArrayValue.EMPTY;
        }
        List<Object> out = new ArrayList<>();
        if (delimiter == null) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                out.add(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            }
        } else if (delimiter.isEmpty()) {
            out.add(s);
        } else {
            int from = 0;
            while (true) {
                int at = s.indexOf(delimiter, from);
                if (at < 0) {
                    out.add(s.substring(from));
                    break;
                }
                out.add(s.substring(from, at));
                from = at + delimiter.length();
            }
        }
        if (nullString != null) {
            for (int i = 0; i < out.size(); i++) {
                if (nullString.equals(out.get(i))) {
                    out.set(i, null);
                }
            }
        }
        return ArrayValue.of(out.toArray());
    }

    private static Object fill(Object value, ArrayValue dims, ArrayValue lower) {
        if (dims == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension array or low bound array cannot be null");
        }
        if (dims.ndim() > 1 || lower != null && lower.ndim() > 1) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                    .withDetail("Dimension array must be one dimensional.");
        }
        if (lower != null && lower.size() != dims.size()) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                    .withDetail("Low bound array has different size than dimensions array.");
        }
        if (dims.hasNulls() || lower != null && lower.hasNulls()) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension values cannot be null");
        }
        int n = dims.size();
        if (n == 0) {
            return ArrayValue.EMPTY;
        }
        if (n > ArrayType.MAX_DIMENSIONS) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", n, ArrayType.MAX_DIMENSIONS);
        }
        int[] d = new int[n];
        int[] lb = new int[n];
        long total = 1;
        for (int i = 0; i < n; i++) {
            d[i] = (Integer) dims.element(i);
            lb[i] = lower == null ? 1 : (Integer) lower.element(i);
            if (d[i] < 0) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array size exceeds the maximum allowed (%d)",
                        134217727);
            }
            total *= d[i];
            if (total > 134217727) {
                throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "array size exceeds the maximum allowed (%d)",
                        134217727);
            }
        }
        if (total == 0) {
            return ArrayValue.EMPTY;
        }
        Object[] elements = new Object[(int) total];
        java.util.Arrays.fill(elements, value);
        return ArrayValue.of(d, lb, elements);
    }

    private static Object trim(ArrayValue v, int n) {
        int length = v.ndim() == 0 ? 0 : v.dim(0);
        if (n < 0 || n > length) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "number of elements to trim must be between 0 and %d",
                    length);
        }
        if (n == 0) {
            return v;
        }
        Integer[] lo = new Integer[] {v.lowerBound(0)};
        Integer[] hi = new Integer[] {v.lowerBound(0) + length - 1 - n};
        ArrayValue sliced = v.slice(lo, hi);
        if (sliced.size() == 0) {
            return ArrayValue.EMPTY;
        }
        int[] lower = sliced.lowerBounds();
        lower[0] = v.lowerBound(0);
        for (int i = 1; i < lower.length; i++) {
            lower[i] = v.lowerBound(i);
        }
        return ArrayValue.of(sliced.dims(), lower, sliced.elements());
    }
}
