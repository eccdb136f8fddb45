package io.pglitedb.types;

/**
 * A resolved operator: the input types its operands must be coerced to and the function itself.
 * Operators are strict: the caller never passes null (a null operand gives a null result).
 */
public interface Operator {
    /** Input type of the left operand, or null for a prefix operator. */
    DataType leftType();

    DataType rightType();

    DataType resultType();

    /** @param left null for a prefix operator */
    Object apply(Object left, Object right);

    /**
     * This operator with its right operand fixed to a non-null constant, for evaluating it once per
     * row: an operator may convert the constant once here (see {@link Operators}). Gives the same
     * results and errors as {@link #apply} with that constant.
     */
    default Bound bindRight(Object right) {
        return left -> apply(left, right);
    }

    /** An operator whose right operand is bound to a constant ({@link #bindRight}). */
    @FunctionalInterface
    interface Bound {
        /** @param left never null */
        Object apply(Object left);
    }

    /** False for the few operators that take NULL operands (array || element). */
    default boolean strict() {
        return true;
    }
}
