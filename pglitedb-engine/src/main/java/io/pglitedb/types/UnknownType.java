package io.pglitedb.types;

/**
 * unknown (OID 705): the type of a quoted literal or an untyped parameter until the analyzer
 * gives it one. Its value is the literal's text ({@link String}).
 */
public final class UnknownType extends TextType {
    UnknownType() {
        super(705, "unknown", -2);
    }
}
