package io.pglitedb.sql.plan;

/** The rows of the current round of a {@link RecursiveUnion} (the recursive self-reference). */
public record WorkTableScan(int slot, int width) implements PlanNode {
}
