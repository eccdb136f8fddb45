package io.pglitedb.catalog;

/**
 * What {@code CREATE TYPE name AS RANGE (SUBTYPE = ...)} defines (pg_range's row of a user range
 * type): the subtype, its btree operator class and collation, and the optional canonical and
 * subtype_diff functions (regproc OIDs, 0 for none), and the OIDs PostgreSQL gives the range's
 * multirange type, its array and its name (reserved for it: multirange types are not implemented
 * yet).
 */
public record RangeDefinition(int subtypeOid, int subtypeOpclass, int collation, int canonical, int subtypeDiff,
        int multirangeOid, int multirangeArrayOid, String multirangeName) {
    /**
     * makeMultirangeTypeName: the multirange type's default name, the range's with "range" replaced
     * by "multirange" ({@code floatrange} gives {@code floatmultirange}), else with "_multirange" added.
     */
    public static String defaultMultirangeName(String rangeName) {
        int at = rangeName.indexOf("range");
        return at < 0 ? rangeName + "_multirange"
                : rangeName.substring(0, at) + "multirange" + rangeName.substring(at + 5);
    }
}
