package io.pglitedb.types;

/** pg_cast.castcontext: where a cast may be applied without being written. */
public enum CastContext {
    /** in expressions, silently (int4 to int8 in int4 + int8) */
    IMPLICIT,
    /** when storing into a column (numeric to int4 in INSERT) */
    ASSIGNMENT,
    /** only when written: CAST(x AS t), x::t */
    EXPLICIT
}
