package io.pglitedb.types.range;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TypeCategory;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A range type (pg_type typtype 'r', category R) over a subtype: int4range over int4 and so on.
 * Values are {@link Range}s. This class is rangetypes.c's core: range_serialize's validation and
 * the canonical function of discrete ranges ({@link #make}), range_in / range_out
 * ({@link RangeText}), range_send / range_recv, and range_cmp's btree order (empty first, then by
 * lower bound, then by upper bound).
 */
public final class RangeType extends PgType {
    /** range_send's flag bits (rangetypes.h). */
    static final int EMPTY = 0x01;
    static final int LB_INC = 0x02;
    static final int UB_INC = 0x04;
    static final int LB_INF = 0x08;
    static final int UB_INF = 0x10;

    /**
     * The canonical function of a discrete range type: the next value of the subtype, or null
     * when the value has no successor to move to (an infinite date keeps its bound as it is).
     */
    @FunctionalInterface
    public interface Successor {
        Object next(Object value);
    }

    private final PgType subtype;
    private final Successor successor;
    /** A user-defined range type's array type; null for the built-ins (registered in ArrayTypes). */
    private final ArrayType arrayType;

    /** A built-in range type. @param successor null for a continuous range type (numrange, tsrange ...) */
    public RangeType(int oid, String name, PgType subtype, Successor successor) {
        super(oid, name, -1, TypeCategory.RANGE);
        this.subtype = subtype;
        this.successor = successor;
        this.arrayType = null;
    }

    /** A user-defined range type ({@code CREATE TYPE name AS RANGE}) with its array type's OID. */
    public RangeType(int oid, String name, PgType subtype, Successor successor, int arrayOid) {
        super(oid, name, -1, TypeCategory.RANGE);
        this.subtype = subtype;
        this.successor = successor;
        this.arrayType = ArrayTypes.userArray(arrayOid, this);
    }

    /** The multirange type over this range type (a user-defined one's is made with it by the catalog). */
    private MultirangeType multirange;

    public MultirangeType multirange() {
        return multirange;
    }

    /** Links a range type with its multirange type, once, as the multirange type is made. */
    void linkMultirange(MultirangeType type) {
        multirange = type;
    }

    /** A user-defined range type's array type, or null for a built-in one (see ArrayTypes). */
    public ArrayType arrayType() {
        return arrayType;
    }

    /** pg_range.rngsubtype. */
    public PgType subtype() {
        return subtype;
    }

    /** True when the type has a canonical function (int4range, int8range, daterange). */
    public boolean discrete() {
        return successor != null;
    }

    // ---------------------------------------------------------------- construction

    /** make_range with bounds given as values (null = infinite). */
    public Range make(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {
        return make(new Range.Bound(lower, lower == null, lower != null && lowerInclusive, true),
                new Range.Bound(upper, upper == null, upper != null && upperInclusive, false));
    }

    /**
     * make_range: refuses a lower bound above the upper (22000), makes {@code [x,x)}-like ranges
     * empty, and applies the canonical form of a discrete type ({@code (1,5]} is {@code [2,6)}).
     */
    public Range make(Range.Bound lower, Range.Bound upper) {
        Range r = serialize(lower, upper);
        if (r.empty() || successor == null) {
            return r;
        }
        Object lo = r.lower();
        boolean loInc = r.lowerInclusive();
        Object hi = r.upper();
        boolean hiInc = r.upperInclusive();
        if (lo != null && !loInc) {
            Object next = successor.next(lo);
            if (next != null) {
                lo = next;
                loInc = true;
            }
        }
        if (hi != null && hiInc) {
            Object next = successor.next(hi);
            if (next != null) {
                hi = next;
                hiInc = false;
            }
        }
        return serialize(new Range.Bound(lo, lo == null, loInc, true), new Range.Bound(hi, hi == null, hiInc, false));
    }

    /** range_serialize: the bounds checked and an equal-bounds range without both inclusive made empty. */
    private Range serialize(Range.Bound lower, Range.Bound upper) {
        if (!lower.infinite() && !upper.infinite()) {
            int c = subtype.compare(lower.value(), upper.value());
            if (c > 0) {
                throw new PgException(SqlState.DATA_EXCEPTION,
                        "range lower bound must be less than or equal to range upper bound");
            }
            if (c == 0 && !(lower.inclusive() && upper.inclusive())) {
                return Range.EMPTY;
            }
        }
        return new Range(false, lower.infinite() ? null : lower.value(), !lower.infinite() && lower.inclusive(),
                upper.infinite() ? null : upper.value(), !upper.infinite() && upper.inclusive());
    }

    // ---------------------------------------------------------------- ordering

    /** range_cmp_bounds: orders two bounds, lower or upper, as positions on the subtype's line. */
    public int compareBounds(Range.Bound a, Range.Bound b) {
        if (a.infinite() && b.infinite()) {
            return a.lower() == b.lower() ? 0 : a.lower() ? -1 : 1;
        }
        if (a.infinite()) {
            return a.lower() ? -1 : 1;
        }
        if (b.infinite()) {
            return b.lower() ? 1 : -1;
        }
        int c = subtype.compare(a.value(), b.value());
        if (c != 0) {
            return c;
        }
        if (!a.inclusive() && !b.inclusive()) {
            return a.lower() == b.lower() ? 0 : a.lower() ? 1 : -1;
        }
        if (!a.inclusive()) {
            return a.lower() ? 1 : -1;
        }
        if (!b.inclusive()) {
            return b.lower() ? -1 : 1;
        }
        return 0;
    }

    /** range_cmp_bound_values: like {@link #compareBounds} but ignoring inclusivity. */
    int compareBoundValues(Range.Bound a, Range.Bound b) {
        if (a.infinite() && b.infinite()) {
            return a.lower() == b.lower() ? 0 : a.lower() ? -1 : 1;
        }
        if (a.infinite()) {
            return a.lower() ? -1 : 1;
        }
        if (b.infinite()) {
            return b.lower() ? 1 : -1;
        }
        return subtype.compare(a.value(), b.value());
    }

    /** range_cmp: empty ranges first, then by lower bound, then by upper bound. */
    @Override
    public int compare(Object a, Object b) {
        Range x = (Range) a;
        Range y = (Range) b;
        if (x.empty() || y.empty()) {
            return x.empty() == y.empty() ? 0 : x.empty() ? -1 : 1;
        }
        int c = compareBounds(x.lowerBound(), y.lowerBound());
        return c != 0 ? c : compareBounds(x.upperBound(), y.upperBound());
    }

    // ---------------------------------------------------------------- text and binary I/O

    @Override
    public String toText(Object value, int typmod) {
        return RangeText.format(this, (Range) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return RangeText.parse(this, text);
    }

    /** range_send: a flags byte, then each finite bound as a length word and the subtype's binary value. */
    @Override
    public byte[] toBinary(Object value, int typmod) {
        Range r = (Range) value;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(flags(r));
        if (!r.empty()) {
            if (r.lower() != null) {
                writeBound(out, subtype.toBinary(r.lower(), -1));
            }
            if (r.upper() != null) {
                writeBound(out, subtype.toBinary(r.upper(), -1));
            }
        }
        return out.toByteArray();
    }

    private static int flags(Range r) {
        if (r.empty()) {
            return EMPTY;
        }
        return (r.lowerInclusive() ? LB_INC : 0) | (r.upperInclusive() ? UB_INC : 0) | (r.lower() == null ? LB_INF : 0)
                | (r.upper() == null ? UB_INF : 0);
    }

    private static void writeBound(ByteArrayOutputStream out, byte[] bytes) {
        int n = bytes.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(bytes, 0, n);
    }

    /** range_recv: reads the flags and bounds and makes the range as range_in would. */
    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            int flags = in.get() & 0xFF;
            if ((flags & EMPTY) != 0) {
                return Range.EMPTY;
            }
            Object lower = (flags & LB_INF) != 0 ? null : readBound(in);
            Object upper = (flags & UB_INF) != 0 ? null : readBound(in);
            if (in.hasRemaining()) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
            }
            return make(lower, (flags & LB_INC) != 0, upper, (flags & UB_INC) != 0);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
        }
    }

    private Object readBound(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
        }
        byte[] b = new byte[n];
        in.get(b);
        return subtype.fromBinary(b, -1);
    }
}
