package io.pglitedb.types;

/**
 * Operator resolution as PostgreSQL does it for the built-in types (doc chapter 10.2): exact
 * match first, then implicit casts within a category, unknown-typed literals taking the other
 * operand's type. Covers + - * / % ^ for numbers, = <> != < <= > >= for every type, || for text.
 */
public final class Operators {
    private Operators() {
    }

    /**
     * @param op the operator symbol as written ("+", "<>", "!=", "||" ...)
     * @throws io.pglitedb.error.PgException 42883 {@code operator does not exist: integer + boolean}
     *         with PostgreSQL's hint
     */
    public static Operator binary(String op, DataType left, DataType right) {
        throw new UnsupportedOperationException("TODO(types)");
    }

    /** Prefix operators: unary minus and plus. */
    public static Operator prefix(String op, DataType operand) {
        throw new UnsupportedOperationException("TODO(types)");
    }
}
