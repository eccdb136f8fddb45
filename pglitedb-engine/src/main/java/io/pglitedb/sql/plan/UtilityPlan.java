package io.pglitedb.sql.plan;

import io.pglitedb.sql.ast.Statement;

/** Statements the session runs itself (DDL, transaction control, SET/SHOW): no planning needed. */
public record UtilityPlan(Statement statement) implements StatementPlan {
}
