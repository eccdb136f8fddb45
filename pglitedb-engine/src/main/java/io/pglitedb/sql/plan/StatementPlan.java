package io.pglitedb.sql.plan;

/** The analysed form of one statement, ready to execute any number of times. */
public sealed interface StatementPlan permits QueryPlan, InsertPlan, UpdatePlan, DeletePlan, MergePlan, UtilityPlan,
        LockingQueryPlan {
}
