package io.pglitedb.sql.ast;

/**
 * A constant as written. {@code kind} says how to type it: INTEGER text such as "42" (int4 if it
 * fits, else int8, else numeric), DECIMAL "7.0" / "1e5" (numeric), STRING (type unknown until
 * context decides), BOOLEAN "true"/"false", NULL.
 */
public record Literal(Kind kind, String text, int position) implements Expr {
    public enum Kind { INTEGER, DECIMAL, STRING, BOOLEAN, NULL }
}
