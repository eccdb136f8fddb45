package io.pglitedb.plpgsql;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A planned {@link PlQuery}: the plan, and for each of its parameters the variable (by position
 * in the activation's variable stack, which is the same on every run of the same statement) and
 * record field ({@code -1}: the whole variable) it reads. {@code simple} is the single expression
 * of a {@code SELECT expr} without FROM, evaluated directly. Valid while the catalog version and the
 * parameters' types are those it was planned with ({@code cacheable} false: planned over
 * uncommitted DDL, used once).
 */
record PlCompiled(long catalogVersion, boolean cacheable, DataType[] parameterTypes, int[] variables, int[] fields,
        StatementPlan plan, BoundExpr simple, List<ResultColumn> columns) {
}
