package io.pglitedb.types;

/**
 * Pseudo-types that appear only in operator and function signatures: {@code anynonarray}
 * (2776), {@code "any"} (2276), and a placeholder standing for the signatures of types we do not
 * implement (date + interval, interval sums ...) so that resolution with unknown literals fails as it
 * does on PostgreSQL ({@code operator is not unique: unknown + unknown}). Never a value's type.
 */
public final class PseudoType extends PgType {
    public static final PseudoType ANYNONARRAY = new PseudoType(2776, "anynonarray");
    public static final PseudoType ANY = new PseudoType(2276, "any");
    /** Stands for a type of another category that only an unknown literal could coerce to. */
    public static final PseudoType OTHER = new PseudoType(0, "other");

    private PseudoType(int oid, String name) {
        super(oid, name, 4, TypeCategory.USER);
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
