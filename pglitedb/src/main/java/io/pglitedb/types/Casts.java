package io.pglitedb.types;

/**
 * The casts between built-in types with PostgreSQL's contexts and semantics: rounding of
 * numeric/float to integer (half away from zero for numeric, rint for float), 22003 on overflow,
 * varchar(n) truncation errors (22001, except explicit casts which truncate), char(n) padding,
 * text input from UNKNOWN literals via {@link PgType#fromText}.
 */
public final class Casts {
    private Casts() {
    }

    /** @return the cast, or null when none exists in that context */
    public static Cast find(DataType from, DataType to, CastContext context) {
        throw new UnsupportedOperationException("TODO(types)");
    }
}
