package io.pglitedb.types;

/**
 * One PostgreSQL data type: its OID, its text and binary I/O, and its ordering. Everything about a
 * type lives in its subclass so a reader finds "everything about numeric" in one file.
 *
 * <p>Values are plain Java objects: int2 {@link Short}, int4 {@link Integer}, int8 {@link Long},
 * float4 {@link Float}, float8 {@link Double}, numeric {@link java.math.BigDecimal} with a scale
 * &gt;= 0 that is the display scale (NaN and the infinities as {@link NumericValue#NAN},
 * {@link NumericValue#POSITIVE_INFINITY}, {@link NumericValue#NEGATIVE_INFINITY}), bool
 * {@link Boolean}, text/varchar/bpchar/name/unknown {@link String}, oid {@link Long} (0..4294967295),
 * timestamp/timestamptz {@link Long} microseconds since 2000-01-01 00:00:00 (UTC for timestamptz),
 * date {@link Integer} days since 2000-01-01 (both with MAX_VALUE/MIN_VALUE as +/-infinity).
 * Note that {@code BigDecimal.equals} sees 1.0 and 1.00 as different: hash numerics by
 * {@code stripTrailingZeros()} or compare them with {@link #compare}.
 * SQL NULL is Java {@code null} and never reaches these methods.
 *
 * <p>A typmod is PostgreSQL's type modifier (-1 for none): for varchar(n)/char(n) it is n + 4, for
 * numeric(p,s) it is ((p &lt;&lt; 16) | s) + 4, for timestamp(p)/timestamptz(p) it is p, exactly as
 * PostgreSQL reports it in RowDescription.
 */
public abstract class PgType {
    private final int oid;
    private final String name;
    private final short length;
    private final TypeCategory category;

    protected PgType(int oid, String name, int length, TypeCategory category) {
        this.oid = oid;
        this.name = name;
        this.length = (short) length;
        this.category = category;
    }

    /** The type's OID as PostgreSQL assigns it (int4 = 23). */
    public final int oid() {
        return oid;
    }

    /** The catalog name (pg_type.typname): int4, varchar, bpchar, float8 ... (a user-defined type's may change). */
    public String name() {
        return name;
    }

    /** pg_type.typlen: bytes of a fixed-size value, or -1 for variable length. */
    public final short length() {
        return length;
    }

    public final TypeCategory category() {
        return category;
    }

    /** PostgreSQL's text output for a non-null value. */
    public abstract String toText(Object value, int typmod);

    /**
     * Parses PostgreSQL's text input (what a literal or a text-format parameter carries).
     *
     * @throws io.pglitedb.error.PgException 22P02 / 22003 / 22001 as PostgreSQL raises them
     */
    public abstract Object fromText(String text, int typmod);

    /** PostgreSQL's binary send format for a non-null value. */
    public abstract byte[] toBinary(Object value, int typmod);

    /** PostgreSQL's binary receive format. @throws io.pglitedb.error.PgException 22P03 */
    public abstract Object fromBinary(byte[] bytes, int typmod);

    /** Total order used by ORDER BY, comparisons, min/max and index keys. */
    public abstract int compare(Object a, Object b);

    @Override
    public final String toString() {
        return name;
    }
}
