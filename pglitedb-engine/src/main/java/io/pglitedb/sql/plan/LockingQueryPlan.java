package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;

/**
 * SELECT ... FOR UPDATE / NO KEY UPDATE / SHARE / KEY SHARE of one table: the query's plan, and
 * how to lock each row it returns. strength is the words after FOR, waitPolicy null, "NOWAIT" or
 * "SKIP LOCKED".
 */
public record LockingQueryPlan(QueryPlan query, TableDescriptor table, String strength, String waitPolicy)
        implements StatementPlan {
}
