package io.pglitedb.types;

/**
 * The catalog lookups the types need: the reg* types' (regclass, regtype, regproc, regnamespace,
 * regrole) text input and output, and the user-defined types ({@link #userType}) that
 * {@link Types#resolve} and {@link Types#byOid} fall back to. The session installs one for the
 * statement it runs ({@link #install}); without one, reg* values print as numbers, only numeric
 * input is accepted, and no user-defined type is known.
 */
public interface OidNames {
    /** The name {@code oid} has as an object of the reg* type {@code regType}, or null when unknown. */
    String name(PgType regType, long oid);

    /**
     * The OID of the object named {@code text} for the reg* type {@code regType}.
     * @throws io.pglitedb.error.PgException PostgreSQL's error when there is none
     */
    long lookup(PgType regType, String text);

    /** The user-defined type a (possibly schema-qualified, lower-cased) name means, or null. */
    default PgType userType(String name) {
        return null;
    }

    /** The user-defined type or array type with this OID, or null. */
    default PgType userType(int oid) {
        return null;
    }

    /**
     * The name format_type prints for a user-defined type: schema-qualified when an unqualified
     * name would not find it on the search path (PostgreSQL's TypeIsVisible); null when unknown.
     */
    default String userTypeName(PgType type) {
        return null;
    }

    /** The user-defined type {@code name} means for the current statement, or null. */
    static PgType currentUserType(String name) {
        OidNames names = CURRENT.get();
        return names == null ? null : names.userType(name);
    }

    /** The user-defined type with this OID for the current statement, or null. */
    static PgType currentUserType(int oid) {
        OidNames names = CURRENT.get();
        return names == null || oid < 16384 ? null : names.userType(oid);
    }

    ThreadLocal<OidNames> CURRENT = new ThreadLocal<>();

    /** Makes {@code names} the lookups of this thread; @return the previous ones (to restore) */
    static OidNames install(OidNames names) {
        OidNames before = CURRENT.get();
        CURRENT.set(names);
        return before;
    }

    static OidNames current() {
        return CURRENT.get();
    }
}
