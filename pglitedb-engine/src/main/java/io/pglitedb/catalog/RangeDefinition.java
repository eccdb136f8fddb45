package io.pglitedb.catalog;

/**
 * What {@code CREATE TYPE name AS RANGE (SUBTYPE = ...)} defines (pg_range's row of a user range
 * type): the subtype, its btree operator class and collation, and the optional canonical and
 * subtype_diff functions (regproc OIDs, 0 for none), and the OIDs PostgreSQL gives the range's
 * multirange type and its array (reserved for it: multirange types are not implemented yet).
 */
public record RangeDefinition(int subtypeOid, int subtypeOpclass, int collation, int canonical, int subtypeDiff,
        int multirangeOid, int multirangeArrayOid) {
}
