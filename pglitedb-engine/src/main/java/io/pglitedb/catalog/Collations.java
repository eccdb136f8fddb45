package io.pglitedb.catalog;

import io.pglitedb.types.PgType;
import java.util.Map;

/**
 * The collations that exist here, pg_collation's rows: default, C, POSIX and ucs_basic (PostgreSQL
 * 15's without ICU and the operating system's locales). All of them compare text in code point
 * order: the database's own collation (datcollate) is C, as it is on the reference server, so
 * "default" orders like "C" and a column's collation changes what the catalogs say, not results.
 */
public final class Collations {
    public static final int DEFAULT = 100;
    public static final int C = 950;
    public static final int POSIX = 951;
    public static final int UCS_BASIC = 12340;

    private static final Map<String, Integer> BY_NAME =
            Map.of("default", DEFAULT, "C", C, "POSIX", POSIX, "ucs_basic", UCS_BASIC);

    private Collations() {
    }

    /** The OID of the collation named {@code name}, or 0 when there is none. */
    public static int oid(String name) {
        return BY_NAME.getOrDefault(name, 0);
    }

    /** The name of collation {@code oid}, or null. */
    public static String name(int oid) {
        for (Map.Entry<String, Integer> e : BY_NAME.entrySet()) {
            if (e.getValue() == oid) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * pg_type.typcollation of a column's type: "default" for text, varchar, bpchar and their arrays,
     * "C" for name and name[], 0 (not collatable) for every other type.
     */
    public static int ofType(PgType type) {
        return switch (type.oid()) {
            case 25, 1043, 1042, 1009, 1015, 1014 -> DEFAULT;
            case 19, 1003 -> C;
            default -> 0;
        };
    }
}
