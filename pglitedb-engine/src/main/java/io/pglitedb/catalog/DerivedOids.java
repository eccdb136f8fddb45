package io.pglitedb.catalog;

/**
 * Stable OIDs for objects the catalog stores without one (primary-key indexes, constraints),
 * derived from their table and name and above every allocated OID, so that pg_class,
 * pg_constraint and the statistics views agree on them.
 */
public final class DerivedOids {
    private DerivedOids() {
    }

    public static long of(int tableOid, String kind, String name) {
        int h = 31 * (31 * tableOid + kind.hashCode()) + name.hashCode();
        return 0x40000000L | (h & 0x3FFFFFFFL);
    }

    /** The OID of a table's primary-key index. */
    public static long primaryKeyIndex(TableDescriptor table) {
        return of(table.oid(), "pkey", table.primaryKeyName());
    }
}
