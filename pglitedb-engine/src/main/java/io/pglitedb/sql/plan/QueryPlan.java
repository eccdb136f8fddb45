package io.pglitedb.sql.plan;

import io.pglitedb.session.ResultColumn;
import java.util.List;

/** A SELECT: rows of {@code root} are the result. */
public record QueryPlan(PlanNode root, List<ResultColumn> columns) implements StatementPlan {
}
