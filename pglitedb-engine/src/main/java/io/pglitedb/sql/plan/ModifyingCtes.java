package io.pglitedb.sql.plan;

import java.util.List;

/**
 * Runs the statement's data-modifying WITH queries ({@code WITH d AS (DELETE ... RETURNING *)}) once,
 * in order, before {@code input}: each one's RETURNING rows go to its slot, where references to it
 * read them ({@link WorkTableScan}). Modifications without references run too, as in PostgreSQL.
 */
public record ModifyingCtes(List<Modification> modifications, PlanNode input) implements PlanNode {
    /** One data-modifying WITH query: an INSERT, UPDATE or DELETE plan and the slot for its rows. */
    public record Modification(StatementPlan plan, int slot) {
    }

    public ModifyingCtes {
        modifications = List.copyOf(modifications);
    }

    @Override
    public int width() {
        return input.width();
    }
}
