package io.pglitedb.types;

/**
 * The operators on arrays (pg_operator's anyarray / anycompatiblearray entries): comparisons
 * {@code = <> < <= > >=} (array_eq, array_cmp), containment {@code @> <@} and overlap {@code &&},
 * and {@code ||} (array_cat, array_append, array_prepend). An unknown literal beside an array is
 * read as that array type, as PostgreSQL resolves it ({@code '{1}' = ARRAY[1]},
 * {@code ARRAY['a'] || 'b'} fails like array_in does).
 */
public final class ArrayOperators {
    private ArrayOperators() {
    }

    private record Resolved(DataType leftType, DataType rightType, DataType resultType, Operators.Function2 function,
            boolean strict) implements Operator {
        Resolved(DataType leftType, DataType rightType, DataType resultType, Operators.Function2 function) {
            this(leftType, rightType, resultType, function, true);
        }

        @Override
        public Object apply(Object left, Object right) {
            return function.apply(left, right);
        }
    }

    static boolean isArray(PgType t) {
        return t instanceof ArrayType;
    }

    /** @return the array operator for these operand types, or null when none applies (the caller reports it) */
    static Operator binary(String op, PgType l, PgType r) {
        boolean la = isArray(l);
        boolean ra = isArray(r);
        if (!la && !ra) {
            return null;
        }
        switch (op) {
            case "=", "<>", "<", "<=", ">", ">=", "@>", "<@", "&&" -> {
                PgType t = la ? l : r;
                PgType other = la ? r : l;
                if (other != t && other != Types.UNKNOWN && !(other instanceof ArrayType oa
                        && oa.element() instanceof RecordType && ((ArrayType) t).element() instanceof RecordType)) {
                    return null;
                }
                ArrayType type = (ArrayType) t;
                return new Resolved(DataType.of(type), DataType.of(type), DataType.of(Types.BOOL),
                        comparison(op, type));
            }
            case "||" -> {
                return concatenation(l, r, la, ra);
            }
            default -> {
                return null;
            }
        }
    }

    private static Operators.Function2 comparison(String op, ArrayType type) {
        return switch (op) {
            case "=" -> (x, y) -> type.compare(x, y) == 0;
            case "<>" -> (x, y) -> type.compare(x, y) != 0;
            case "<" -> (x, y) -> type.compare(x, y) < 0;
            case "<=" -> (x, y) -> type.compare(x, y) <= 0;
            case ">" -> (x, y) -> type.compare(x, y) > 0;
            case ">=" -> (x, y) -> type.compare(x, y) >= 0;
            case "@>" -> (x, y) -> contains((ArrayValue) x, (ArrayValue) y, type.element());
            case "<@" -> (x, y) -> contains((ArrayValue) y, (ArrayValue) x, type.element());
            default -> (x, y) -> overlaps((ArrayValue) x, (ArrayValue) y, type.element());
        };
    }

    /** a @> b: every element of b equals some element of a; a NULL in b never matches. */
    public static boolean contains(ArrayValue a, ArrayValue b, PgType element) {
        for (int i = 0; i < b.size(); i++) {
            Object e = b.element(i);
            if (e == null || !has(a, e, element)) {
                return false;
            }
        }
        return true;
    }

    /** a && b: some non-NULL element is in both. */
    public static boolean overlaps(ArrayValue a, ArrayValue b, PgType element) {
        for (int i = 0; i < b.size(); i++) {
            Object e = b.element(i);
            if (e != null && has(a, e, element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(ArrayValue a, Object e, PgType element) {
        for (int j = 0; j < a.size(); j++) {
            Object x = a.element(j);
            if (x != null && element.compare(x, e) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ||} between an array and an array or element: anycompatiblearray || anycompatible{array}
     * (the operands are promoted to a common element type first).
     */
    private static Operator concatenation(PgType l, PgType r, boolean la, boolean ra) {
        if (la && ra || la && r == Types.UNKNOWN || ra && l == Types.UNKNOWN) {
            PgType le = la ? ((ArrayType) l).element() : null;
            PgType re = ra ? ((ArrayType) r).element() : null;
            PgType element = le == null ? re : re == null ? le : commonElement(le, re);
            if (element == null) {
                return null;
            }
            ArrayType type = ArrayTypes.arrayOf(element);
            DataType t = DataType.of(type);
            // array_cat is not strict: a NULL side is ignored
            return new Resolved(t, t, t, (x, y) -> x == null ? y : y == null ? x
                    : ArrayValue.concat((ArrayValue) x, (ArrayValue) y), false);
        }
        if (la) {
            PgType element = commonElement(((ArrayType) l).element(), r);
            ArrayType type = element == null ? null : ArrayTypes.arrayOf(element);
            if (type == null) {
                return null;
            }
            return new Resolved(DataType.of(type), DataType.of(element), DataType.of(type),
                    (x, y) -> (x == null ? ArrayValue.EMPTY : (ArrayValue) x).append(y), false);
        }
        PgType element = commonElement(l, ((ArrayType) r).element());
        ArrayType type = element == null ? null : ArrayTypes.arrayOf(element);
        if (type == null) {
            return null;
        }
        return new Resolved(DataType.of(element), DataType.of(type), DataType.of(type),
                (x, y) -> (y == null ? ArrayValue.EMPTY : (ArrayValue) y).prepend(x), false);
    }

    /**
     * The anycompatible family's common type of two element types (select_common_type's rule in
     * short): unknown yields to the other, otherwise the type the other converts to implicitly
     * (the preferred one when both do); null when neither converts.
     */
    public static PgType commonElement(PgType a, PgType b) {
        if (a instanceof RecordType && b instanceof RecordType) {
            return a; // anonymous records match field by field at run time
        }
        if (a == b || b == Types.UNKNOWN) {
            return a == Types.UNKNOWN ? Types.TEXT : a;
        }
        if (a == Types.UNKNOWN) {
            return b;
        }
        boolean ab = Casts.isImplicitlyCoercible(a, b);
        boolean ba = Casts.isImplicitlyCoercible(b, a);
        if (ab && ba) {
            return Types.isPreferred(a) ? a : b;
        }
        if (ab) {
            return b;
        }
        if (ba) {
            return a;
        }
        return null;
    }
}
