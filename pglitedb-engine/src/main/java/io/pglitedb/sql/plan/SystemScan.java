package io.pglitedb.sql.plan;

import io.pglitedb.catalog.system.SystemRelation;

/** Reads the rows of a pg_catalog relation, computed from the catalog the statement sees. */
public record SystemScan(SystemRelation relation) implements PlanNode {
    @Override
    public int width() {
        return relation.columns().size();
    }
}
