package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The value of an array type: PostgreSQL's ArrayType without the element type (the column or
 * expression type says it). {@code dims[i]} is the length and {@code lowerBounds[i]} the first
 * subscript of dimension i; {@code elements} holds the items in row-major order, SQL NULL as Java
 * null. An empty array has no dimensions ({@code '{}'}), whatever it was built from.
 *
 * <p>Immutable: the arrays passed in are owned by the value and never changed afterwards.
 * {@link #equals} and {@link #hashCode} are structural (1.0 and 1.00 hash alike, as
 * {@code ArrayType.compare} sees them equal), so values can be grouped and hashed.
 */
public final class ArrayValue {
    private static final int[] NONE = new int[0];
    public static final ArrayValue EMPTY = new ArrayValue(NONE, NONE, new Object[0]);

    private final int[] dims;
    private final int[] lowerBounds;
    private final Object[] elements;

    private ArrayValue(int[] dims, int[] lowerBounds, Object[] elements) {
        this.dims = dims;
        this.lowerBounds = lowerBounds;
        this.elements = elements;
    }

    /** A value over arrays the caller hands over; zero elements give {@link #EMPTY}. */
    public static ArrayValue of(int[] dims, int[] lowerBounds, Object[] elements) {
        if (elements.length == 0) {
            return EMPTY;
        }
        return new ArrayValue(dims, lowerBounds, elements);
    }

    /** A one-dimensional array with lower bound 1. */
    public static ArrayValue of(Object... elements) {
        if (elements.length == 0) {
            return EMPTY;
        }
        return new ArrayValue(new int[] {elements.length}, new int[] {1}, elements);
    }

    public int ndim() {
        return dims.length;
    }

    /** Length of dimension {@code i} (0-based). */
    public int dim(int i) {
        return dims[i];
    }

    /** First subscript of dimension {@code i} (0-based). */
    public int lowerBound(int i) {
        return lowerBounds[i];
    }

    public int size() {
        return elements.length;
    }

    public Object element(int index) {
        return elements[index];
    }

    /** A copy of the dimensions (callers may change it). */
    public int[] dims() {
        return dims.clone();
    }

    public int[] lowerBounds() {
        return lowerBounds.clone();
    }

    /** A copy of the elements in row-major order. */
    public Object[] elements() {
        return elements.clone();
    }

    public boolean hasNulls() {
        for (Object e : elements) {
            if (e == null) {
                return true;
            }
        }
        return false;
    }

    /** Same shape, other elements (for element-wise casts). */
    public ArrayValue withElements(Object[] newElements) {
        return of(dims, lowerBounds, newElements);
    }

    // ---------------------------------------------------------------- structure

    private static PgException subscriptError(String message, Object... args) {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, message, args);
    }

    /**
     * Stacks arrays of equal shape into one of one more dimension (ARRAY[ARRAY[..], ARRAY[..]],
     * ARRAY(SELECT array ...)). A NULL or empty part counts as empty; all empty gives '{}'.
     *
     * @throws PgException 2202E when the parts differ in shape
     */
    public static ArrayValue stack(List<ArrayValue> parts) {
        ArrayValue first = null;
        boolean sawEmpty = false;
        for (ArrayValue p : parts) {
            if (p == null || p.size() == 0) {
                sawEmpty = true;
            } else if (first == null) {
                first = p;
            } else if (!Arrays.equals(first.dims, p.dims) || !Arrays.equals(first.lowerBounds, p.lowerBounds)) {
                throw mismatch();
            }
        }
        if (first == null) {
            return EMPTY;
        }
        if (sawEmpty) {
            throw mismatch();
        }
        if (first.ndim() + 1 > ArrayType.MAX_DIMENSIONS) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", first.ndim() + 1,
                    ArrayType.MAX_DIMENSIONS);
        }
        int[] dims = new int[first.ndim() + 1];
        int[] lower = new int[dims.length];
        dims[0] = parts.size();
        lower[0] = 1;
        System.arraycopy(first.dims, 0, dims, 1, first.ndim());
        System.arraycopy(first.lowerBounds, 0, lower, 1, first.ndim());
        Object[] all = new Object[parts.size() * first.size()];
        int k = 0;
        for (ArrayValue p : parts) {
            System.arraycopy(p.elements, 0, all, k, p.size());
            k += p.size();
        }
        return of(dims, lower, all);
    }

    private static PgException mismatch() {
        return subscriptError("multidimensional arrays must have array expressions with matching dimensions");
    }

    /** {@code a[i][j]...}: the element, or null when the count of subscripts differs or one is out of range. */
    public Object subscript(int[] subscripts) {
        if (subscripts.length != ndim()) {
            return null;
        }
        int offset = 0;
        for (int d = 0; d < subscripts.length; d++) {
            int i = subscripts[d] - lowerBounds[d];
            if (i < 0 || i >= dims[d]) {
                return null;
            }
            offset = offset * dims[d] + i;
        }
        return elements[offset];
    }

    /**
     * {@code a[lo:hi]...}: a null bound means the array's own bound; dimensions not written are
     * taken whole. The result has lower bounds 1; out of range gives '{}'.
     */
    public ArrayValue slice(Integer[] lower, Integer[] upper) {
        int n = ndim();
        if (n == 0 || lower.length > n) {
            return EMPTY;
        }
        int[] from = new int[n];
        int[] len = new int[n];
        for (int d = 0; d < n; d++) {
            long lo = 0;
            long hi = dims[d] - 1;
            if (d < lower.length) {
                if (lower[d] != null) {
                    lo = Math.max(lo, (long) lower[d] - lowerBounds[d]);
                }
                if (upper[d] != null) {
                    hi = Math.min(hi, (long) upper[d] - lowerBounds[d]);
                }
            }
            if (lo > hi) {
                return EMPTY;
            }
            from[d] = (int) lo;
            len[d] = (int) (hi - lo + 1);
        }
        int total = 1;
        for (int d = 0; d < n; d++) {
            total *= len[d];
        }
        Object[] out = new Object[total];
        int[] index = new int[n];
        for (int k = 0; k < total; k++) {
            int offset = 0;
            for (int d = 0; d < n; d++) {
                offset = offset * dims[d] + from[d] + index[d];
            }
            out[k] = elements[offset];
            for (int d = n - 1; d >= 0; d--) {
                if (++index[d] < len[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return of(len, ones, out);
    }

    /**
     * {@code a[i][j] := value} (array_set_element): an empty array becomes a singleton with lower
     * bounds at the subscripts; a one-dimensional array grows to reach the subscript, padding with
     * NULLs; a multi-dimensional one must contain the position.
     *
     * @throws PgException 2202E for a wrong number of subscripts or a position out of range
     */
    public ArrayValue assignElement(int[] subscripts, Object value) {
        int n = subscripts.length;
        if (n == 0 || n > ArrayType.MAX_DIMENSIONS) {
            throw subscriptError("wrong number of array subscripts");
        }
        if (ndim() == 0) {
            int[] ones = new int[n];
            Arrays.fill(ones, 1);
            return new ArrayValue(ones, subscripts.clone(), new Object[] {value});
        }
        if (ndim() != n) {
            throw subscriptError("wrong number of array subscripts");
        }
        if (n == 1) {
            long lb = lowerBounds[0];
            long ub = lb + dims[0] - 1;
            long newLb = Math.min(lb, subscripts[0]);
            long newUb = Math.max(ub, subscripts[0]);
            checkSize(newUb - newLb + 1);
            Object[] out = new Object[(int) (newUb - newLb + 1)];
            System.arraycopy(elements, 0, out, (int) (lb - newLb), elements.length);
            out[(int) (subscripts[0] - newLb)] = value;
            return new ArrayValue(new int[] {out.length}, new int[] {(int) newLb}, out);
        }
        int offset = 0;
        for (int d = 0; d < n; d++) {
            int i = subscripts[d] - lowerBounds[d];
            if (i < 0 || i >= dims[d]) {
                throw subscriptError("array subscript out of range");
            }
            offset = offset * dims[d] + i;
        }
        Object[] out = elements.clone();
        out[offset] = value;
        return new ArrayValue(dims, lowerBounds, out);
    }

    /**
     * {@code a[lo:hi]... := source} (array_set_slice): a null bound means the array's own; the
     * source's elements are read in order, whatever its shape. An empty array takes the slice's
     * bounds (both must be given); a one-dimensional array grows, padding with NULLs.
     *
     * @throws PgException 2202E for missing bounds, bounds out of range, or a source too small
     */
    public ArrayValue assignSlice(Integer[] lower, Integer[] upper, ArrayValue source) {
        int n = lower.length;
        if (ndim() == 0) {
            int[] newDims = new int[n];
            int[] newLbs = new int[n];
            long total = 1;
            for (int d = 0; d < n; d++) {
                if (lower[d] == null || upper[d] == null) {
                    throw subscriptError("array slice subscript must provide both boundaries")
                            .withDetail("When assigning to a slice of an empty array value, "
                                    + "slice boundaries must be fully specified.");
                }
                long len = (long) upper[d] - lower[d] + 1;
                if (len <= 0) {
                    return EMPTY;
                }
                newDims[d] = (int) len;
                newLbs[d] = lower[d];
                total *= len;
                checkSize(total);
            }
            if (source.size() < total) {
                throw subscriptError("source array too small");
            }
            return new ArrayValue(newDims, newLbs, Arrays.copyOf(source.elements, (int) total));
        }
        int nd = ndim();
        if (nd < n || n > ArrayType.MAX_DIMENSIONS) {
            throw subscriptError("wrong number of array subscripts");
        }
        long[] lo = new long[nd];
        long[] hi = new long[nd];
        for (int d = 0; d < nd; d++) {
            lo[d] = d < n && lower[d] != null ? lower[d] : lowerBounds[d];
            hi[d] = d < n && upper[d] != null ? upper[d] : (long) lowerBounds[d] + dims[d] - 1;
            if (lo[d] > hi[d]) {
                throw subscriptError("upper bound cannot be less than lower bound");
            }
            if (nd > 1 && (lo[d] < lowerBounds[d] || hi[d] >= (long) lowerBounds[d] + dims[d])) {
                throw subscriptError("array subscript out of range");
            }
        }
        long span = 1;
        for (int d = 0; d < nd; d++) {
            span *= hi[d] - lo[d] + 1;
            checkSize(span);
        }
        if (source.size() < span) {
            throw subscriptError("source array too small");
        }
        if (nd == 1) {
            long newLb = Math.min(lowerBounds[0], lo[0]);
            long newUb = Math.max((long) lowerBounds[0] + dims[0] - 1, hi[0]);
            checkSize(newUb - newLb + 1);
            Object[] out = new Object[(int) (newUb - newLb + 1)];
            System.arraycopy(elements, 0, out, (int) (lowerBounds[0] - newLb), elements.length);
            System.arraycopy(source.elements, 0, out, (int) (lo[0] - newLb), (int) span);
            return new ArrayValue(new int[] {out.length}, new int[] {(int) newLb}, out);
        }
        Object[] out = elements.clone();
        int[] index = new int[nd];
        for (int k = 0; k < span; k++) {
            int offset = 0;
            for (int d = 0; d < nd; d++) {
                offset = offset * dims[d] + (int) (lo[d] - lowerBounds[d]) + index[d];
            }
            out[offset] = source.elements[k];
            for (int d = nd - 1; d >= 0; d--) {
                if (++index[d] <= hi[d] - lo[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return new ArrayValue(dims, lowerBounds, out);
    }

    private static void checkSize(long items) {
        if (items > ArrayType.MAX_ELEMENTS) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "array size exceeds the maximum allowed (%d)",
                    ArrayType.MAX_ELEMENTS);
        }
    }

    /** array_append: a one-dimensional array (or '{}') with one more element at the end. */
    public ArrayValue append(Object element) {
        return add(element, true);
    }

    /** array_prepend. */
    public ArrayValue prepend(Object element) {
        return add(element, false);
    }

    private ArrayValue add(Object element, boolean atEnd) {
        if (size() == 0) {
            return of(element);
        }
        if (ndim() != 1) {
            throw new PgException(SqlState.DATA_EXCEPTION, "argument must be empty or one-dimensional array");
        }
        Object[] out = new Object[size() + 1];
        System.arraycopy(elements, 0, out, atEnd ? 0 : 1, size());
        out[atEnd ? size() : 0] = element;
        int lb = lowerBounds[0]; // prepend keeps the lower bound too, as PostgreSQL 15 does
        if ((long) lowerBounds[0] + size() > Integer.MAX_VALUE) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
        }
        return of(new int[] {out.length}, new int[] {lb}, out);
    }

    /** array_cat: PostgreSQL's rules for equal, n and n-1 dimensional operands. */
    public static ArrayValue concat(ArrayValue a, ArrayValue b) {
        if (a.size() == 0) {
            return b;
        }
        if (b.size() == 0) {
            return a;
        }
        int na = a.ndim();
        int nb = b.ndim();
        Object[] all = new Object[a.size() + b.size()];
        System.arraycopy(a.elements, 0, all, 0, a.size());
        System.arraycopy(b.elements, 0, all, a.size(), b.size());
        if (na == nb) {
            for (int d = 1; d < na; d++) {
                if (a.dims[d] != b.dims[d] || a.lowerBounds[d] != b.lowerBounds[d]) {
                    throw incompatible("Arrays with differing element dimensions are not compatible for concatenation.");
                }
            }
            int[] dims = a.dims.clone();
            dims[0] += b.dims[0];
            return of(dims, a.lowerBounds.clone(), all);
        }
        if (na == nb - 1) {
            for (int d = 0; d < na; d++) {
                if (a.dims[d] != b.dims[d + 1] || a.lowerBounds[d] != b.lowerBounds[d + 1]) {
                    throw incompatible("Arrays with differing dimensions are not compatible for concatenation.");
                }
            }
            int[] dims = b.dims.clone();
            dims[0] += 1;
            return of(dims, b.lowerBounds.clone(), all);
        }
        if (na == nb + 1) {
            for (int d = 0; d < nb; d++) {
                if (b.dims[d] != a.dims[d + 1] || b.lowerBounds[d] != a.lowerBounds[d + 1]) {
                    throw incompatible("Arrays with differing dimensions are not compatible for concatenation.");
                }
            }
            int[] dims = a.dims.clone();
            dims[0] += 1;
            return of(dims, a.lowerBounds.clone(), all);
        }
        throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot concatenate incompatible arrays")
                .withDetail(String.format("Arrays of %d and %d dimensions are not compatible for concatenation.", na, nb));
    }

    private static PgException incompatible(String detail) {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot concatenate incompatible arrays").withDetail(detail);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayValue other)) {
            return false;
        }
        if (!Arrays.equals(dims, other.dims) || !Arrays.equals(lowerBounds, other.lowerBounds)
                || elements.length != other.elements.length) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            Object a = elements[i];
            Object b = other.elements[i];
            if (a == null || b == null) {
                if (a != b) {
                    return false;
                }
            } else if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                if (x.compareTo(y) != 0) {
                    return false;
                }
            } else if (a instanceof byte[] x && b instanceof byte[] y) {
                if (!Arrays.equals(x, y)) {
                    return false;
                }
            } else if (!a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(dims) * 31 + Arrays.hashCode(lowerBounds);
        for (Object e : elements) {
            h = 31 * h + hashOf(e);
        }
        return h;
    }

    private static int hashOf(Object e) {
        if (e == null) {
            return 0;
        }
        if (e instanceof BigDecimal d) {
            return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        }
        if (e instanceof Double d) {
            return d == 0.0 ? 0 : d.hashCode();
        }
        if (e instanceof Float f) {
            return f == 0.0f ? 0 : f.hashCode();
        }
        if (e instanceof String s) {
            // char(n) elements compare without trailing blanks
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            return s.substring(0, end).hashCode();
        }
        if (e instanceof byte[] b) {
            return Arrays.hashCode(b);
        }
        return e.hashCode();
    }

    @Override
    public String toString() {
        return "ArrayValue" + Arrays.toString(dims) + Arrays.toString(lowerBounds) + Arrays.toString(elements);
    }
}
