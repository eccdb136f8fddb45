package io.pglitedb.sql.plan;

/**
 * A reference to a WITH query that more than one reference reads (PostgreSQL's CTE Scan): the
 * first reference to run computes all of {@code query}'s rows into {@code slot}, every reference
 * reads them from there, so the query runs once per execution however often it is named.
 */
public record CteScan(String name, PlanNode query, int slot) implements PlanNode {
    @Override
    public int width() {
        return query.width();
    }
}
