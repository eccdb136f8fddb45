package io.pglitedb.types;

/**
 * The special values of numeric that {@link java.math.BigDecimal} cannot hold: NaN and the two
 * infinities (PostgreSQL 14+). Every finite numeric is a {@code BigDecimal} with a scale &gt;= 0
 * (the display scale); every non-finite one is one of the three constants below.
 */
public final class NumericValue {
    public static final NumericValue NAN = new NumericValue("NaN", 0);
    public static final NumericValue POSITIVE_INFINITY = new NumericValue("Infinity", 1);
    public static final NumericValue NEGATIVE_INFINITY = new NumericValue("-Infinity", -1);

    private final String text;
    private final int sign;

    private NumericValue(String text, int sign) {
        this.text = text;
        this.sign = sign;
    }

    public boolean isNaN() {
        return this == NAN;
    }

    /** 1 for +Infinity, -1 for -Infinity, 0 for NaN. */
    public int sign() {
        return sign;
    }

    @Override
    public String toString() {
        return text;
    }
}
