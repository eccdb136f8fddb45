package io.pglitedb.sql.plan;

/**
 * A node of a query plan: produces rows (Object[]) of {@link #width()} columns. Plans are immutable
 * and shared by every execution of a prepared statement; {@link io.pglitedb.exec.Executor} turns
 * them into running operators.
 */
public sealed interface PlanNode permits OneRow, ValuesScan, FunctionScan, ProjectSet, TableScan, SystemColumnsScan, KeyLookup, IndexScan, PrimaryKeyScan, NestedLoopJoin, HashJoin, Filter,
        Project, Aggregate, Sort, Distinct, DistinctOn, Limit, Append, SetOp, RecursiveUnion, WorkTableScan, CteScan,
        WindowAgg, GroupingSetsAggregate,
        SystemScan, ExplainOutput, ModifyingCtes {
    int width();
}
