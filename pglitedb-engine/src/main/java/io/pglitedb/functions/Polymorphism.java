package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayOperators;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.Types;
import io.pglitedb.types.range.RangeType;
import java.util.List;

/**
 * PostgreSQL's enforce_generic_type_consistency for the polymorphic pseudo-types: every
 * anyelement / anynonarray argument and the element of every anyarray argument must be the same
 * type; the anycompatible family is promoted to a common type instead. Unknown literals take the
 * resolved type. The declared signature is then made concrete (anyarray of int4 is int4[]).
 */
public final class Polymorphism {
    private Polymorphism() {
    }

    /** The signature with its polymorphic types replaced; null when the arguments are inconsistent. */
    public record Concrete(DataType[] args, DataType result) {
    }

    public static boolean isPolymorphic(PgType t) {
        return t instanceof PseudoType p && p.isPolymorphic();
    }

    private static boolean compatibleFamily(PgType t) {
        return t == PseudoType.ANYCOMPATIBLE || t == PseudoType.ANYCOMPATIBLEARRAY
                || t == PseudoType.ANYCOMPATIBLENONARRAY || t == PseudoType.ANYCOMPATIBLERANGE;
    }

    /**
     * @param declared the signature's argument types
     * @param actual the arguments' types (UNKNOWN for literals)
     * @return the concrete types, or null when the arguments do not fit together
     * @throws PgException 42804 when a polymorphic result cannot be determined (all unknown)
     */
    public static Concrete resolve(String name, PgType[] declared, PgType result, List<DataType> actual) {
        PgType element = null;
        PgType compatible = null;
        RangeType range = null;
        RangeType compatibleRange = null;
        boolean sawElement = false;
        boolean sawCompatible = false;
        for (int i = 0; i < declared.length; i++) {
            PgType d = declared[i];
            if (!isPolymorphic(d)) {
                continue;
            }
            PgType a = actual.get(i).type();
            boolean family = compatibleFamily(d);
            if (family) {
                sawCompatible = true;
            } else {
                sawElement = true;
            }
            if (a == Types.UNKNOWN) {
                continue;
            }
            PgType e;
            if (((PseudoType) d).isArray()) {
                if (!(a instanceof ArrayType at)) {
                    return null;
                }
                e = at.element();
            } else if (((PseudoType) d).isRange()) {
                if (!(a instanceof RangeType rt)) {
                    return null;
                }
                if (family) {
                    if (compatibleRange != null && compatibleRange != rt) {
                        return null;
                    }
                    compatibleRange = rt;
                } else {
                    if (range != null && range != rt) {
                        return null;
                    }
                    range = rt;
                }
                e = rt.subtype();
            } else {
                e = a;
            }
            if (family) {
                if (compatible == null) {
                    compatible = e;
                } else {
                    PgType common = ArrayOperators.commonElement(compatible, e);
                    if (common == null) {
                        throw new PgException(SqlState.DATATYPE_MISMATCH,
                                "function %s(...) arguments declared \"anycompatible\" cannot be matched: %s and %s",
                                name, compatible.name(), e.name());
                    }
                    compatible = common;
                }
            } else if (element == null) {
                element = e;
            } else if (element != e) {
                return null;
            }
        }
        if (sawElement && element == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "could not determine polymorphic type because input has type unknown");
        }
        if (sawCompatible && compatible == null) {
            compatible = Types.TEXT; // select_common_type of unknowns
        }
        if (compatibleRange != null) {
            compatible = compatibleRange.subtype(); // the range's subtype is the common type, as PostgreSQL requires
        }
        DataType[] args = new DataType[declared.length];
        for (int i = 0; i < declared.length; i++) {
            PgType concrete = concrete(declared[i], element, compatible, range, compatibleRange);
            if (concrete == null) {
                return null;
            }
            DataType a = actual.get(i);
            // keep the typmod of an argument that already has the concrete type (varchar(5)[])
            args[i] = a.type() == concrete ? a : DataType.of(concrete);
        }
        PgType r = concrete(result, element, compatible, range, compatibleRange);
        if (r == null) {
            return null;
        }
        return new Concrete(args, DataType.of(r));
    }

    private static PgType concrete(PgType declared, PgType element, PgType compatible, RangeType range,
            RangeType compatibleRange) {
        if (!isPolymorphic(declared)) {
            return declared;
        }
        if (((PseudoType) declared).isRange()) {
            RangeType r = declared == PseudoType.ANYRANGE ? range : compatibleRange;
            PgType e = declared == PseudoType.ANYRANGE ? element : compatible;
            return r != null && r.subtype() == e ? r : null;
        }
        PgType e = compatibleFamily(declared) ? compatible : element;
        if (((PseudoType) declared).isArray()) {
            return ArrayTypes.arrayOf(e);
        }
        if ((declared == PseudoType.ANYNONARRAY || declared == PseudoType.ANYCOMPATIBLENONARRAY)
                && e instanceof ArrayType) {
            return null;
        }
        return e;
    }
}
