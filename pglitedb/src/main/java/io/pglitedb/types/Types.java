package io.pglitedb.types;

import java.util.List;

/**
 * The built-in types and the lookups on them: by OID and by the names SQL allows
 * ({@code int}, {@code integer}, {@code int4}, {@code double precision}, {@code character varying}...).
 */
public final class Types {
    private Types() {
    }

    public static final PgType BOOL = null;      // TODO(types): oid 16
    public static final PgType INT2 = null;      // oid 21
    public static final PgType INT4 = null;      // oid 23
    public static final PgType INT8 = null;      // oid 20
    public static final PgType FLOAT4 = null;    // oid 700
    public static final PgType FLOAT8 = null;    // oid 701
    public static final PgType NUMERIC = null;   // oid 1700
    public static final PgType TEXT = null;      // oid 25
    public static final PgType VARCHAR = null;   // oid 1043
    public static final PgType BPCHAR = null;    // oid 1042
    public static final PgType NAME = null;      // oid 19
    public static final PgType OID = null;       // oid 26
    /** The type of an undecorated string literal or an untyped parameter before resolution (705). */
    public static final PgType UNKNOWN = null;

    /** @return the type with this OID, or null */
    public static PgType byOid(int oid) {
        throw new UnsupportedOperationException("TODO(types)");
    }

    /**
     * Resolves a type name as written in SQL with its modifiers, e.g. ("character varying", [20]),
     * ("numeric", [10, 2]), ("int", []), ("serial", []) gives INT4 (the caller handles serial's
     * default). @throws io.pglitedb.error.PgException 42704 type "x" does not exist
     */
    public static DataType resolve(String name, List<Integer> modifiers) {
        throw new UnsupportedOperationException("TODO(types)");
    }

    /** format_type(): "integer", "character varying(20)", "numeric(10,2)", "character(1)". */
    public static String formatType(DataType type) {
        throw new UnsupportedOperationException("TODO(types)");
    }
}
