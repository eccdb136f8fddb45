package io.pglitedb.sql.plan;

import io.pglitedb.catalog.system.SystemRelation;

/**
 * Reads the rows of a pg_catalog relation, computed from the catalog the statement sees; with
 * {@code rowSystemColumns}, each row followed by a ctid and xmin like a {@link SystemColumnsScan}'s.
 * {@code alias} is the name the query gave it (EXPLAIN's {@code Seq Scan on pg_proc p}), or null.
 */
public record SystemScan(SystemRelation relation, boolean rowSystemColumns, String alias) implements PlanNode {
    public SystemScan(SystemRelation relation) {
        this(relation, false, null);
    }

    @Override
    public int width() {
        return relation.columns().size() + (rowSystemColumns ? SystemColumnsScan.COLUMNS : 0);
    }
}
