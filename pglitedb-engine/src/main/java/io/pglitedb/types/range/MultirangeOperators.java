package io.pglitedb.types.range;

import io.pglitedb.types.Comparison;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import io.pglitedb.types.range.RangeOperators.Function2;
import io.pglitedb.types.range.RangeOperators.Resolved;
import java.util.ArrayList;
import java.util.List;

/**
 * The operators on multiranges (pg_operator's anymultirange entries): comparisons by
 * multirange_cmp, containment {@code @> <@} of elements, ranges and multiranges, overlap
 * {@code &&} with ranges and multiranges, and union {@code +}, difference {@code -} and
 * intersection {@code *} of multiranges. An unknown literal beside a multirange is read as the
 * multirange type.
 */
public final class MultirangeOperators {
    private MultirangeOperators() {
    }

    /** @return the multirange operator for these operand types, or null when none applies */
    public static Operator binary(String op, PgType l, PgType r) {
        MultirangeType lm = l instanceof MultirangeType t ? t : null;
        MultirangeType rm = r instanceof MultirangeType t ? t : null;
        if (lm == null && rm == null) {
            return null;
        }
        DataType bool = DataType.of(Types.BOOL);
        MultirangeType type = lm != null ? lm : rm;
        RangeType range = type.rangeType();
        PgType other = lm != null ? r : l;
        DataType m = DataType.of(type);
        Function2 position = position(op, range);
        if (position != null && (other == range || other == type || other == Types.UNKNOWN)) {
            // << >> &< &> -|- compare the bounding ranges, as multirangetypes.c's functions do
            DataType o = other == Types.UNKNOWN ? m : DataType.of(other);
            return lm != null ? new Resolved(m, o, bool, (x, y) -> position.apply(bounds(range, x), bounds(range, y)))
                    : new Resolved(o, m, bool, (x, y) -> position.apply(bounds(range, x), bounds(range, y)));
        }
        if (other == range && (op.equals("@>") && rm != null || op.equals("<@") && lm != null)) {
            DataType o = DataType.of(range);
            return rm != null ? new Resolved(o, m, bool, (x, y) -> RangeOperators.contains(range, (Range) x,
                    bounds(range, y))) : new Resolved(m, o, bool, (x, y) -> RangeOperators.contains(range, (Range) y,
                    bounds(range, x)));
        }
        if (other == range || other == range.subtype()) {
            boolean element = other == range.subtype();
            DataType o = DataType.of(other);
            if (op.equals("@>") && lm != null) {
                return new Resolved(m, o, bool, (x, y) -> element ? containsElement(range, (Multirange) x, y)
                        : containsRange(range, (Multirange) x, (Range) y));
            }
            if (op.equals("<@") && rm != null) {
                return new Resolved(o, m, bool, (x, y) -> element ? containsElement(range, (Multirange) y, x)
                        : containsRange(range, (Multirange) y, (Range) x));
            }
            if (op.equals("&&") && !element) {
                return lm != null ? new Resolved(m, o, bool, (x, y) -> overlaps(range, (Multirange) x, (Range) y))
                        : new Resolved(o, m, bool, (x, y) -> overlaps(range, (Multirange) y, (Range) x));
            }
            return null;
        }
        if (other != type && other != Types.UNKNOWN) {
            return null;
        }
        Comparison c = Comparison.of(op);
        if (c != null) {
            return new Resolved(m, m, bool, (x, y) -> c.holds(type.compare(x, y)));
        }
        return switch (op) {
            case "@>" -> new Resolved(m, m, bool, (x, y) -> containsAll(range, (Multirange) x, (Multirange) y));
            case "<@" -> new Resolved(m, m, bool, (x, y) -> containsAll(range, (Multirange) y, (Multirange) x));
            case "&&" -> new Resolved(m, m, bool, (x, y) -> {
                for (Range b : ((Multirange) y).ranges()) {
                    if (overlaps(range, (Multirange) x, b)) {
                        return true;
                    }
                }
                return false;
            });
            case "+" -> new Resolved(m, m, m, (x, y) -> union(type, (Multirange) x, (Multirange) y));
            case "-" -> new Resolved(m, m, m, (x, y) -> difference(type, (Multirange) x, (Multirange) y));
            case "*" -> new Resolved(m, m, m, (x, y) -> intersection(type, (Multirange) x, (Multirange) y));
            default -> null;
        };
    }

    /** A range operator on the bounding ranges, false when either side is empty. */
    private static Function2 position(String op, RangeType range) {
        return switch (op) {
            case "<<" -> (x, y) -> RangeOperators.before(range, (Range) x, (Range) y);
            case ">>" -> (x, y) -> RangeOperators.before(range, (Range) y, (Range) x);
            case "&<" -> (x, y) -> RangeOperators.overLeft(range, (Range) x, (Range) y);
            case "&>" -> (x, y) -> RangeOperators.overRight(range, (Range) x, (Range) y);
            case "-|-" -> (x, y) -> RangeOperators.adjacent(range, (Range) x, (Range) y);
            default -> null;
        };
    }

    /** A range as it is, a multirange as the range from its first lower to its last upper bound (empty for {}). */
    static Range bounds(RangeType range, Object value) {
        if (value instanceof Range r) {
            return r;
        }
        List<Range> ranges = ((Multirange) value).ranges();
        return ranges.isEmpty() ? Range.EMPTY
                : range.make(ranges.get(0).lowerBound(), ranges.get(ranges.size() - 1).upperBound());
    }

    public static boolean containsElement(RangeType range, Multirange m, Object value) {
        for (Range r : m.ranges()) {
            if (RangeOperators.containsElement(range, r, value)) {
                return true;
            }
        }
        return false;
    }

    /** multirange_contains_range_internal: the empty range is in every multirange. */
    public static boolean containsRange(RangeType range, Multirange m, Range r) {
        if (r.empty()) {
            return true;
        }
        for (Range x : m.ranges()) {
            if (RangeOperators.contains(range, x, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(RangeType range, Multirange a, Multirange b) {
        for (Range r : b.ranges()) {
            if (!containsRange(range, a, r)) {
                return false;
            }
        }
        return true;
    }

    public static boolean overlaps(RangeType range, Multirange m, Range r) {
        for (Range x : m.ranges()) {
            if (RangeOperators.overlaps(range, x, r)) {
                return true;
            }
        }
        return false;
    }

    public static Multirange union(MultirangeType type, Multirange a, Multirange b) {
        List<Range> all = new ArrayList<>(a.ranges());
        all.addAll(b.ranges());
        return type.canonical(all);
    }

    /** multirange_minus: each range of a with every range of b cut out (a cut may split it in two). */
    public static Multirange difference(MultirangeType type, Multirange a, Multirange b) {
        RangeType range = type.rangeType();
        List<Range> pieces = new ArrayList<>(a.ranges());
        for (Range cut : b.ranges()) {
            List<Range> next = new ArrayList<>();
            for (Range piece : pieces) {
                if (!RangeOperators.overlaps(range, piece, cut)) {
                    next.add(piece);
                    continue;
                }
                if (range.compareBounds(piece.lowerBound(), cut.lowerBound()) < 0) {
                    next.add(range.make(piece.lowerBound(), cut.lowerBound().flipped()));
                }
                if (range.compareBounds(piece.upperBound(), cut.upperBound()) > 0) {
                    next.add(range.make(cut.upperBound().flipped(), piece.upperBound()));
                }
            }
            pieces = next;
        }
        return type.canonical(pieces);
    }

    public static Multirange intersection(MultirangeType type, Multirange a, Multirange b) {
        List<Range> out = new ArrayList<>();
        for (Range x : a.ranges()) {
            for (Range y : b.ranges()) {
                out.add(RangeOperators.intersection(type.rangeType(), x, y));
            }
        }
        return type.canonical(out);
    }
}
