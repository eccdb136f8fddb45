package io.pglitedb.sql.plan;

import io.pglitedb.catalog.system.SystemRelation;

/**
 * Reads the rows of a pg_catalog relation, computed from the catalog the statement sees; with
 * {@code rowSystemColumns}, each row followed by a ctid and xmin like a {@link SystemColumnsScan}'s.
 */
public record SystemScan(SystemRelation relation, boolean rowSystemColumns) implements PlanNode {
    public SystemScan(SystemRelation relation) {
        this(relation, false);
    }

    @Override
    public int width() {
        return relation.columns().size() + (rowSystemColumns ? SystemColumnsScan.COLUMNS : 0);
    }
}
