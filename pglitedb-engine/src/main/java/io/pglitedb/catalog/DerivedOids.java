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

    private static final int ROW_TYPES = 0x20000000;
    private static final int ROW_TYPE_ARRAYS = 0x30000000;
    private static final int TABLE_OID_BITS = 0x0FFFFFFF;

    /**
     * The OID of a table's (view's, materialized view's) row type, pg_type typtype 'c': the table's
     * OID in a range of its own (below the hashed OIDs of {@link #of}), so the table is found again
     * from it by {@link #tableOfRowType}.
     */
    public static int rowType(int tableOid) {
        return ROW_TYPES | tableOid;
    }

    /** The OID of the array type of a table's row type. */
    public static int rowTypeArray(int tableOid) {
        return ROW_TYPE_ARRAYS | tableOid;
    }

    /** The table whose row type (or its array type) has this OID, or 0 when it is no row type's. */
    public static int tableOfRowType(long typeOid) {
        long range = typeOid & ~TABLE_OID_BITS;
        return range == ROW_TYPES || range == ROW_TYPE_ARRAYS ? (int) (typeOid & TABLE_OID_BITS) : 0;
    }

    /** Whether this OID is the array type of a table's row type. */
    public static boolean isRowTypeArray(long typeOid) {
        return (typeOid & ~TABLE_OID_BITS) == ROW_TYPE_ARRAYS;
    }

    /** The OID of a table's primary-key index. */
    public static long primaryKeyIndex(TableDescriptor table) {
        return of(table.oid(), "pkey", table.primaryKeyName());
    }
}
