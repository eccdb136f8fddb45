package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.OidNames;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import io.pglitedb.types.range.Multirange;
import io.pglitedb.types.range.MultirangeType;
import io.pglitedb.types.range.Range;
import io.pglitedb.types.range.RangeOperators;
import io.pglitedb.types.range.RangeType;
import java.util.List;

/**
 * The range functions of PostgreSQL 15 (chapter 9.20): each range type's constructors
 * ({@code int4range(1, 5)}, {@code numrange(1.5, 2, '[]')}, with NULL for an infinite bound) and
 * the polymorphic accessors lower, upper, isempty, lower_inc, upper_inc, lower_inf, upper_inf and
 * range_merge. A call is resolved here when its name is a range type's or its first argument is a
 * range, before the other built-ins (lower(text) stays lower(text)).
 */
final class RangeFunctions {
    private RangeFunctions() {
    }

    /** @return the range function this call means, or null when it is not one */
    static ScalarFunction resolve(String name, List<DataType> argumentTypes) {
        ScalarFunction multirange = multirangeFunction(name, argumentTypes);
        if (multirange != null) {
            return multirange;
        }
        int n = argumentTypes.size();
        RangeType constructed = rangeTypeNamed(name);
        if (constructed != null && (n == 2 || n == 3)) {
            return constructor(name, constructed, argumentTypes);
        }
        if (n == 0 || !(argumentTypes.get(0).type() instanceof RangeType type)) {
            return elementContainedBy(name, argumentTypes);
        }
        DataType range = DataType.of(type);
        DataType subtype = DataType.of(type.subtype());
        DataType bool = DataType.of(Types.BOOL);
        if (n == 1) {
            List<DataType> args = List.of(range);
            return switch (name) {
                case "lower" -> new Scalars.Resolved(name, args, subtype, true, a -> ((Range) a[0]).lower());
                case "upper" -> new Scalars.Resolved(name, args, subtype, true, a -> ((Range) a[0]).upper());
                case "isempty" -> new Scalars.Resolved(name, args, bool, true, a -> ((Range) a[0]).empty());
                case "lower_inc" -> new Scalars.Resolved(name, args, bool, true, a -> ((Range) a[0]).lowerInclusive());
                case "upper_inc" -> new Scalars.Resolved(name, args, bool, true, a -> ((Range) a[0]).upperInclusive());
                case "lower_inf" -> new Scalars.Resolved(name, args, bool, true, a -> ((Range) a[0]).lowerInfinite());
                case "upper_inf" -> new Scalars.Resolved(name, args, bool, true, a -> ((Range) a[0]).upperInfinite());
                default -> null;
            };
        }
        PgType second = argumentTypes.get(1).type();
        if (n == 2 && name.equals("range_merge") && (second == type || second == Types.UNKNOWN)) {
            return new Scalars.Resolved(name, List.of(range, range), range, true,
                    a -> RangeOperators.union(type, (Range) a[0], (Range) a[1], false));
        }
        if (n == 2 && name.equals("range_cmp") && (second == type || second == Types.UNKNOWN)) {
            return new Scalars.Resolved(name, List.of(range, range), DataType.of(Types.INT4), true,
                    a -> Integer.signum(type.compare(a[0], a[1])));
        }
        String op = n == 2 ? OPERATOR_FUNCTIONS.get(name) : null;
        boolean rangeArgument = second == type || second == Types.UNKNOWN;
        if (op == null || (name.equals("range_contains_elem") ? second == type : !rangeArgument)) {
            return null;
        }
        return operatorFunction(name, op, type, second);
    }

    /** The functions behind the range operators (range_eq for =, range_contains for @> ...). */
    private static final java.util.Map<String, String> OPERATOR_FUNCTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("range_eq", "="), java.util.Map.entry("range_ne", "<>"),
            java.util.Map.entry("range_lt", "<"), java.util.Map.entry("range_le", "<="),
            java.util.Map.entry("range_gt", ">"), java.util.Map.entry("range_ge", ">="),
            java.util.Map.entry("range_overlaps", "&&"), java.util.Map.entry("range_contains", "@>"),
            java.util.Map.entry("range_contains_elem", "@>"), java.util.Map.entry("range_contained_by", "<@"),
            java.util.Map.entry("range_adjacent", "-|-"), java.util.Map.entry("range_before", "<<"),
            java.util.Map.entry("range_after", ">>"), java.util.Map.entry("range_overleft", "&<"),
            java.util.Map.entry("range_overright", "&>"), java.util.Map.entry("range_union", "+"),
            java.util.Map.entry("range_intersect", "*"), java.util.Map.entry("range_minus", "-"));

    private static ScalarFunction operatorFunction(String name, String op, RangeType type, PgType second) {
        io.pglitedb.types.Operator operator = RangeOperators.binary(op, type,
                second == Types.UNKNOWN && name.equals("range_contains_elem") ? type.subtype() : second);
        if (operator == null) {
            return null;
        }
        return new Scalars.Resolved(name, List.of(operator.leftType(), operator.rightType()), operator.resultType(), true,
                a -> operator.apply(a[0], a[1]));
    }

    /** elem_contained_by_range(element, range): the function behind element &lt;@ range. */
    private static ScalarFunction elementContainedBy(String name, List<DataType> argumentTypes) {
        if (!name.equals("elem_contained_by_range") || argumentTypes.size() != 2
                || !(argumentTypes.get(1).type() instanceof RangeType type)) {
            return null;
        }
        PgType first = argumentTypes.get(0).type();
        io.pglitedb.types.Operator operator = RangeOperators.binary("<@",
                first == Types.UNKNOWN ? type.subtype() : first, type);
        return operator == null ? null : new Scalars.Resolved(name, List.of(operator.leftType(), operator.rightType()),
                operator.resultType(), true, a -> operator.apply(a[0], a[1]));
    }

    /**
     * The multirange constructors ({@code int4multirange()}, {@code int4multirange(r1, r2, ...)}),
     * {@code multirange(range)}, and lower / upper / isempty / lower_inc ... of a multirange.
     */
    private static ScalarFunction multirangeFunction(String name, List<DataType> argumentTypes) {
        PgType named = Types.byCatalogName(name);
        if (named == null) {
            named = OidNames.currentUserType(name); // a user-defined range type's multirange type
        }
        if (named instanceof MultirangeType type) {
            for (DataType a : argumentTypes) {
                if (a.type() != type.rangeType() && a.type() != Types.UNKNOWN) {
                    return null;
                }
            }
            List<DataType> args = java.util.Collections.nCopies(argumentTypes.size(), DataType.of(type.rangeType()));
            return new Scalars.Resolved(name, args, DataType.of(type), true, a -> {
                List<Range> ranges = new java.util.ArrayList<>(a.length);
                for (Object r : a) {
                    if (r == null) {
                        throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                                "multirange values cannot contain null members");
                    }
                    ranges.add((Range) r);
                }
                return type.canonical(ranges);
            });
        }
        if (argumentTypes.size() != 1) {
            return null;
        }
        PgType t = argumentTypes.get(0).type();
        if (name.equals("multirange") && t instanceof RangeType range && range.multirange() != null) {
            MultirangeType type = range.multirange();
            return new Scalars.Resolved(name, List.of(DataType.of(range)), DataType.of(type), true,
                    a -> type.canonical(List.of((Range) a[0])));
        }
        if (!(t instanceof MultirangeType type)) {
            return null;
        }
        List<DataType> args = List.of(DataType.of(type));
        DataType subtype = DataType.of(type.rangeType().subtype());
        DataType bool = DataType.of(Types.BOOL);
        return switch (name) {
            case "lower" -> new Scalars.Resolved(name, args, subtype, true, a -> first(a).lower());
            case "upper" -> new Scalars.Resolved(name, args, subtype, true, a -> last(a).upper());
            case "isempty" -> new Scalars.Resolved(name, args, bool, true, a -> ((Multirange) a[0]).isEmpty());
            case "lower_inc" -> new Scalars.Resolved(name, args, bool, true, a -> first(a).lowerInclusive());
            case "upper_inc" -> new Scalars.Resolved(name, args, bool, true, a -> last(a).upperInclusive());
            case "lower_inf" -> new Scalars.Resolved(name, args, bool, true, a -> first(a).lowerInfinite());
            case "upper_inf" -> new Scalars.Resolved(name, args, bool, true, a -> last(a).upperInfinite());
            case "range_merge" -> new Scalars.Resolved(name, args, DataType.of(type.rangeType()), true, a -> {
                List<Range> ranges = ((Multirange) a[0]).ranges();
                return ranges.isEmpty() ? Range.EMPTY : type.rangeType().make(ranges.get(0).lowerBound(),
                        ranges.get(ranges.size() - 1).upperBound());
            });
            default -> null;
        };
    }

    /** The first range of a multirange argument, or the empty range for {@code {}}. */
    private static Range first(Object[] a) {
        List<Range> ranges = ((Multirange) a[0]).ranges();
        return ranges.isEmpty() ? Range.EMPTY : ranges.get(0);
    }

    private static Range last(Object[] a) {
        List<Range> ranges = ((Multirange) a[0]).ranges();
        return ranges.isEmpty() ? Range.EMPTY : ranges.get(ranges.size() - 1);
    }

    /** The range type a function name constructs (int4range, a user's floatrange), or null. */
    private static RangeType rangeTypeNamed(String name) {
        if (Types.byCatalogName(name) instanceof RangeType t) {
            return t;
        }
        return OidNames.currentUserType(name) instanceof RangeType t ? t : null;
    }

    /**
     * range_constructor2 / range_constructor3: bounds coerced to the subtype (NULL is infinite),
     * the flags one of {@code [] [) (] ()}; not strict.
     */
    private static ScalarFunction constructor(String name, RangeType type, List<DataType> argumentTypes) {
        PgType subtype = type.subtype();
        for (int i = 0; i < 2; i++) {
            if (!Casts.isImplicitlyCoercible(argumentTypes.get(i).type(), subtype)) {
                return null;
            }
        }
        DataType s = DataType.of(subtype);
        if (argumentTypes.size() == 2) {
            return new Scalars.Resolved(name, List.of(s, s), DataType.of(type), false, a -> type.make(a[0], true, a[1], false));
        }
        if (!Casts.isImplicitlyCoercible(argumentTypes.get(2).type(), Types.TEXT)) {
            return null;
        }
        return new Scalars.Resolved(name, List.of(s, s, DataType.of(Types.TEXT)), DataType.of(type), false, a -> {
            if (a[2] == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                        "range constructor flags argument must not be null");
            }
            String flags = (String) a[2];
            if (flags.length() != 2 || "[(".indexOf(flags.charAt(0)) < 0 || ")]".indexOf(flags.charAt(1)) < 0) {
                throw new PgException(SqlState.SYNTAX_ERROR, "invalid range bound flags")
                        .withHint("Valid values are \"[]\", \"[)\", \"(]\", and \"()\".");
            }
            return type.make(a[0], flags.charAt(0) == '[', a[1], flags.charAt(1) == ']');
        });
    }
}
