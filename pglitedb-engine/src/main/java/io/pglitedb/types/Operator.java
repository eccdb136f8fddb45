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

    /** False for the few operators that take NULL operands (array || element). */
    default boolean strict() {
        return true;
    }
}
