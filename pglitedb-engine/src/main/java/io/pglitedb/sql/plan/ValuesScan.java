package io.pglitedb.sql.plan;

import io.pglitedb.exec.expr.BoundExpr;
import java.util.List;

/** The rows of a VALUES list (or INSERT ... VALUES), each cell an expression. */
public record ValuesScan(List<BoundExpr[]> rows, int width) implements PlanNode {
}
