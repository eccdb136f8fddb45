package io.pglitedb.types;

/**
 * The catalog lookups the reg* types (regclass, regtype, regproc, regnamespace, regrole) need
 * for their text input and output. The session installs one for the statement it runs
 * ({@link #install}); without one, values print as numbers and only numeric input is accepted.
 */
public interface OidNames {
    /** The name {@code oid} has as an object of the reg* type {@code regType}, or null when unknown. */
    String name(PgType regType, long oid);

    /**
     * The OID of the object named {@code text} for the reg* type {@code regType}.
     * @throws io.pglitedb.error.PgException PostgreSQL's error when there is none
     */
    long lookup(PgType regType, String text);

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
