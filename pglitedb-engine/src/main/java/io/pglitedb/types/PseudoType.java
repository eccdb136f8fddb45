package io.pglitedb.types;

/**
 * Pseudo-types that appear only in operator and function signatures: {@code anynonarray}
 * (2776), {@code "any"} (2276), the polymorphic anyelement/anyarray/anycompatible family, and a placeholder standing for the signatures of types we do not
 * implement (date + interval, interval sums ...) so that resolution with unknown literals fails as it
 * does on PostgreSQL ({@code operator is not unique: unknown + unknown}). Never a value's type.
 */
public final class PseudoType extends PgType {
    public static final PseudoType ANYNONARRAY = new PseudoType(2776, "anynonarray");
    public static final PseudoType ANY = new PseudoType(2276, "any");
    /** Polymorphic types (chapter 38.2.5): all anyelement/anyarray arguments share one element type. */
    public static final PseudoType ANYELEMENT = new PseudoType(2283, "anyelement");
    public static final PseudoType ANYARRAY = new PseudoType(2277, "anyarray");
    /** The anycompatible family: arguments are promoted to a common type. */
    public static final PseudoType ANYCOMPATIBLE = new PseudoType(5077, "anycompatible");
    public static final PseudoType ANYCOMPATIBLEARRAY = new PseudoType(5078, "anycompatiblearray");
    public static final PseudoType ANYCOMPATIBLENONARRAY = new PseudoType(5079, "anycompatiblenonarray");
    /** Any range type; its subtype is the anyelement of the same call. */
    public static final PseudoType ANYRANGE = new PseudoType(3831, "anyrange");
    /** A range type whose subtype is the anycompatible family's common type. */
    public static final PseudoType ANYCOMPATIBLERANGE = new PseudoType(5080, "anycompatiblerange");
    /** Any multirange type; its range type is the anyrange of the same call. */
    public static final PseudoType ANYMULTIRANGE = new PseudoType(4537, "anymultirange");
    public static final PseudoType ANYCOMPATIBLEMULTIRANGE = new PseudoType(4538, "anycompatiblemultirange");
    /**
     * {@code internal}: the state of a built-in aggregate's support functions (numeric_avg_accum's),
     * a Java object here; never a column's or a query result's type.
     */
    public static final PseudoType INTERNAL = new PseudoType(2281, "internal");
    /** Stands for a type of another category that only an unknown literal could coerce to. */
    public static final PseudoType OTHER = new PseudoType(0, "other");

    private PseudoType(int oid, String name) {
        super(oid, name, 4, TypeCategory.USER);
    }

    /** True for the anyelement / anyarray / anyrange / anycompatible... family. */
    public boolean isPolymorphic() {
        return this == ANYELEMENT || this == ANYARRAY || this == ANYNONARRAY || this == ANYCOMPATIBLE
                || this == ANYCOMPATIBLEARRAY || this == ANYCOMPATIBLENONARRAY || this == ANYRANGE
                || this == ANYCOMPATIBLERANGE || isMultirange();
    }

    /** True for anymultirange and anycompatiblemultirange. */
    public boolean isMultirange() {
        return this == ANYMULTIRANGE || this == ANYCOMPATIBLEMULTIRANGE;
    }

    /** True for anyrange and anycompatiblerange. */
    public boolean isRange() {
        return this == ANYRANGE || this == ANYCOMPATIBLERANGE;
    }

    /** True for anyarray and anycompatiblearray. */
    public boolean isArray() {
        return this == ANYARRAY || this == ANYCOMPATIBLEARRAY;
    }

    @Override
    public String toText(Object value, int typmod) {
        throw new UnsupportedOperationException(name());
    }

    @Override
    public Object fromText(String text, int typmod) {
        throw new UnsupportedOperationException(name());
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        throw new UnsupportedOperationException(name());
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        throw new UnsupportedOperationException(name());
    }

    @Override
    public int compare(Object a, Object b) {
        throw new UnsupportedOperationException(name());
    }
}
