package io.pglitedb.types.range;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.Comparison;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;

/**
 * The operators on ranges (pg_operator's anyrange entries and rangetypes.c's range_*_internal
 * functions): comparisons {@code = <> < <= > >=} by range_cmp, containment {@code @> <@} of
 * ranges and elements, {@code &&} overlap, position {@code << >> &< &>}, adjacency {@code -|-},
 * union {@code +}, intersection {@code *} and difference {@code -}.
 *
 * <p>Resolution follows the polymorphic signatures: both sides of a range-range operator must be
 * the same range type (an unknown literal is read as it), and the element of {@code @>} /
 * {@code <@} must be exactly the range's subtype ({@code numrange @> integer} does not exist,
 * as on PostgreSQL).
 */
public final class RangeOperators {
    private RangeOperators() {
    }

    /** A two-operand function (also {@link MultirangeOperators}'). */
    interface Function2 {
        Object apply(Object left, Object right);
    }

    /** A resolved range or multirange operator. */
    record Resolved(DataType leftType, DataType rightType, DataType resultType, Function2 function)
            implements Operator {
        @Override
        public Object apply(Object left, Object right) {
            return function.apply(left, right);
        }
    }

    /** @return the range operator for these operand types, or null when none applies (the caller reports it) */
    public static Operator binary(String op, PgType l, PgType r) {
        RangeType lr = l instanceof RangeType t ? t : null;
        RangeType rr = r instanceof RangeType t ? t : null;
        if (lr == null && rr == null) {
            return null;
        }
        DataType bool = DataType.of(Types.BOOL);
        if (op.equals("@>") && lr != null && (r == lr.subtype())) {
            return new Resolved(DataType.of(lr), DataType.of(r), bool,
                    (x, y) -> containsElement(lr, (Range) x, y));
        }
        if (op.equals("<@") && rr != null && l == rr.subtype()) {
            return new Resolved(DataType.of(l), DataType.of(rr), bool,
                    (x, y) -> containsElement(rr, (Range) y, x));
        }
        RangeType type = lr != null ? lr : rr;
        PgType other = lr != null ? r : l;
        if (other != type && other != Types.UNKNOWN) {
            return null;
        }
        DataType t = DataType.of(type);
        Comparison c = Comparison.of(op);
        if (c != null) {
            return new Resolved(t, t, bool, (x, y) -> c.holds(type.compare(x, y)));
        }
        Function2 f = switch (op) {
            case "@>" -> (x, y) -> contains(type, (Range) x, (Range) y);
            case "<@" -> (x, y) -> contains(type, (Range) y, (Range) x);
            case "&&" -> (x, y) -> overlaps(type, (Range) x, (Range) y);
            case "<<" -> (x, y) -> before(type, (Range) x, (Range) y);
            case ">>" -> (x, y) -> before(type, (Range) y, (Range) x);
            case "&<" -> (x, y) -> overLeft(type, (Range) x, (Range) y);
            case "&>" -> (x, y) -> overRight(type, (Range) x, (Range) y);
            case "-|-" -> (x, y) -> adjacent(type, (Range) x, (Range) y);
            default -> null;
        };
        if (f != null) {
            return new Resolved(t, t, bool, f);
        }
        f = switch (op) {
            case "+" -> (x, y) -> union(type, (Range) x, (Range) y, true);
            case "*" -> (x, y) -> intersection(type, (Range) x, (Range) y);
            case "-" -> (x, y) -> difference(type, (Range) x, (Range) y);
            default -> null;
        };
        return f == null ? null : new Resolved(t, t, t, f);
    }

    // ---------------------------------------------------------------- predicates

    /** range_contains_elem_internal. */
    public static boolean containsElement(RangeType type, Range r, Object value) {
        if (r.empty()) {
            return false;
        }
        PgType subtype = type.subtype();
        if (r.lower() != null) {
            int c = subtype.compare(r.lower(), value);
            if (c > 0 || c == 0 && !r.lowerInclusive()) {
                return false;
            }
        }
        if (r.upper() != null) {
            int c = subtype.compare(r.upper(), value);
            return c > 0 || c == 0 && r.upperInclusive();
        }
        return true;
    }

    /** range_contains_internal: a contains b (everything contains empty; empty contains only empty). */
    public static boolean contains(RangeType type, Range a, Range b) {
        if (b.empty()) {
            return true;
        }
        if (a.empty()) {
            return false;
        }
        return type.compareBounds(a.lowerBound(), b.lowerBound()) <= 0
                && type.compareBounds(a.upperBound(), b.upperBound()) >= 0;
    }

    /** range_overlaps_internal. */
    public static boolean overlaps(RangeType type, Range a, Range b) {
        if (a.empty() || b.empty()) {
            return false;
        }
        if (type.compareBounds(a.lowerBound(), b.lowerBound()) >= 0
                && type.compareBounds(a.lowerBound(), b.upperBound()) <= 0) {
            return true;
        }
        return type.compareBounds(b.lowerBound(), a.lowerBound()) >= 0
                && type.compareBounds(b.lowerBound(), a.upperBound()) <= 0;
    }

    /** range_before_internal: a is strictly left of b. */
    public static boolean before(RangeType type, Range a, Range b) {
        return !a.empty() && !b.empty() && type.compareBounds(a.upperBound(), b.lowerBound()) < 0;
    }

    /** range_overleft_internal: a does not extend to the right of b. */
    public static boolean overLeft(RangeType type, Range a, Range b) {
        return !a.empty() && !b.empty() && type.compareBounds(a.upperBound(), b.upperBound()) <= 0;
    }

    /** range_overright_internal: a does not extend to the left of b. */
    public static boolean overRight(RangeType type, Range a, Range b) {
        return !a.empty() && !b.empty() && type.compareBounds(a.lowerBound(), b.lowerBound()) >= 0;
    }

    /** range_adjacent_internal. */
    public static boolean adjacent(RangeType type, Range a, Range b) {
        if (a.empty() || b.empty()) {
            return false;
        }
        return boundsAdjacent(type, a.upperBound(), b.lowerBound())
                || boundsAdjacent(type, b.upperBound(), a.lowerBound());
    }

    /**
     * bounds_adjacent: an upper bound meets a lower one with nothing between; for a discrete type,
     * when the range between them is empty once canonicalized ({@code [1,2]} and {@code [3,4]}).
     */
    private static boolean boundsAdjacent(RangeType type, Range.Bound upper, Range.Bound lower) {
        int c = type.compareBoundValues(upper, lower);
        if (c < 0) {
            if (!type.discrete()) {
                return false;
            }
            return type.make(upper.flipped(), lower.flipped()).empty();
        }
        return c == 0 && upper.inclusive() != lower.inclusive();
    }

    // ---------------------------------------------------------------- set operations

    /**
     * range_union_internal: the smallest range covering both; with {@code strict} (the + operator)
     * 22000 when they neither overlap nor touch, without it (range_merge) the gap is filled.
     */
    public static Range union(RangeType type, Range a, Range b, boolean strict) {
        if (a.empty()) {
            return b;
        }
        if (b.empty()) {
            return a;
        }
        if (strict && !overlaps(type, a, b) && !adjacent(type, a, b)) {
            throw new PgException(SqlState.DATA_EXCEPTION, "result of range union would not be contiguous");
        }
        Range.Bound lower = type.compareBounds(a.lowerBound(), b.lowerBound()) < 0 ? a.lowerBound() : b.lowerBound();
        Range.Bound upper = type.compareBounds(a.upperBound(), b.upperBound()) > 0 ? a.upperBound() : b.upperBound();
        return type.make(lower, upper);
    }

    /** range_intersect_internal. */
    public static Range intersection(RangeType type, Range a, Range b) {
        if (a.empty() || b.empty() || !overlaps(type, a, b)) {
            return Range.EMPTY;
        }
        Range.Bound lower = type.compareBounds(a.lowerBound(), b.lowerBound()) >= 0 ? a.lowerBound() : b.lowerBound();
        Range.Bound upper = type.compareBounds(a.upperBound(), b.upperBound()) <= 0 ? a.upperBound() : b.upperBound();
        return type.make(lower, upper);
    }

    /** range_minus_internal: 22000 when b splits a in two. */
    public static Range difference(RangeType type, Range a, Range b) {
        if (a.empty() || b.empty()) {
            return a;
        }
        int l1l2 = type.compareBounds(a.lowerBound(), b.lowerBound());
        int l1u2 = type.compareBounds(a.lowerBound(), b.upperBound());
        int u1l2 = type.compareBounds(a.upperBound(), b.lowerBound());
        int u1u2 = type.compareBounds(a.upperBound(), b.upperBound());
        if (l1l2 < 0 && u1u2 > 0) {
            throw new PgException(SqlState.DATA_EXCEPTION, "result of range difference would not be contiguous");
        }
        if (l1u2 > 0 || u1l2 < 0) {
            return a;
        }
        if (l1l2 >= 0 && u1u2 <= 0) {
            return Range.EMPTY;
        }
        if (l1l2 <= 0 && u1l2 >= 0 && u1u2 <= 0) {
            return type.make(a.lowerBound(), b.lowerBound().flipped());
        }
        if (l1l2 >= 0 && u1u2 >= 0 && l1u2 <= 0) {
            return type.make(b.upperBound().flipped(), a.upperBound());
        }
        throw PgException.internal(new IllegalStateException("unexpected case in range_minus"));
    }
}
