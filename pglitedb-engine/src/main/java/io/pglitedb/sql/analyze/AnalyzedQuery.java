package io.pglitedb.sql.analyze;

import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.QueryPlan;
import java.util.List;

/**
 * A planned query with what enclosing constructs need beyond its plan: the 0-based source
 * position of each output column's expression (set operations point their errors there).
 */
record AnalyzedQuery(PlanNode root, List<ResultColumn> columns, List<Integer> positions) {
    AnalyzedQuery {
        columns = List.copyOf(columns);
        positions = List.copyOf(positions);
    }

    QueryPlan toPlan() {
        return new QueryPlan(root, columns);
    }
}
