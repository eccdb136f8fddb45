package io.pglitedb.sql.plan;

import java.util.List;

/** The rows of each input in turn (UNION ALL). */
public record Append(List<PlanNode> inputs) implements PlanNode {
    public Append {
        inputs = List.copyOf(inputs);
    }

    @Override
    public int width() {
        return inputs.get(0).width();
    }
}
