package io.pglitedb.exec;

import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.DistinctOn;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.RecursiveUnion;
import io.pglitedb.sql.plan.SetOp;
import io.pglitedb.sql.plan.WindowAgg;
import io.pglitedb.sql.plan.WorkTableScan;
import io.pglitedb.sql.plan.Distinct;
import io.pglitedb.sql.plan.Filter;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.NestedLoopJoin;
import io.pglitedb.sql.plan.OneRow;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.Sort;
import io.pglitedb.sql.plan.SystemScan;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.sql.plan.ValuesScan;

/** Turns plan nodes into running operators (Volcano-style pull iterators). */
public final class Executor {
    private Executor() {
    }

    public static RowIterator open(PlanNode node, ExecContext context) {
        if (context.instrumented()) {
            long start = context.timing() ? System.nanoTime() : 0;
            RowIterator it = openNode(node, context);
            long spent = context.timing() ? System.nanoTime() - start : 0;
            return it instanceof KeyedRows ? new InstrumentedIterator.Keyed(it, context.stats(node), context.timing(), spent)
                    : new InstrumentedIterator(it, context.stats(node), context.timing(), spent);
        }
        return openNode(node, context);
    }

    /**
     * An aggregate; straight over a table scan whose aggregates combine, the scan's workers (if it
     * gets any) aggregate their parts ({@link PartialAggregation}), as PostgreSQL's Partial
     * Aggregate. Not under EXPLAIN ANALYZE, which counts the scan's rows as they come.
     */
    private static RowIterator openAggregate(Aggregate aggregate, ExecContext context) {
        if (aggregate.input() instanceof TableScan scan && !context.instrumented() && context.parallelWorkers() > 0
                && PartialAggregation.applies(aggregate, context.params())) {
            TableScanIterator tableScan = new TableScanIterator(scan.table(), scan.filter(), scan.columns(), context);
            AggregateIterator it = new AggregateIterator(aggregate,
                    CountedScan.sequential(tableScan, scan.table().oid(), context), context);
            tableScan.aggregateInWorkers(PartialAggregation.of(aggregate, it.keyTypes(), context), it::combine);
            return it;
        }
        return new AggregateIterator(aggregate, open(aggregate.input(), context), context);
    }

    private static RowIterator openNode(PlanNode node, ExecContext context) {
        return switch (node) {
            case io.pglitedb.sql.plan.ExplainOutput explain -> new ExplainIterator(explain, context);
            case OneRow one -> new OneRowIterator();
            case ValuesScan values -> new ValuesIterator(values, context);
            case io.pglitedb.sql.plan.FunctionScan scan -> new FunctionScanIterator(scan, context);
            case io.pglitedb.sql.plan.ProjectSet set -> new ProjectSetIterator(set, open(set.input(), context), context);
            case TableScan scan -> CountedScan.sequential(
                    new TableScanIterator(scan.table(), scan.filter(), scan.columns(), context,
                            context.instrumented() ? context.stats(scan) : null),
                    scan.table().oid(), context);
            case io.pglitedb.sql.plan.SystemColumnsScan scan -> CountedScan.sequential(
                    new SystemColumnsScanIterator(scan, context), scan.table().oid(), context);
            case KeyLookup lookup -> CountedScan.index(new KeyLookupIterator(lookup, context), lookup.table().oid(),
                    io.pglitedb.catalog.DerivedOids.primaryKeyIndex(lookup.table()), context);
            case IndexScan scan -> IndexScanIterator.open(scan, context);
            case io.pglitedb.sql.plan.PrimaryKeyScan scan -> CountedScan.index(new PrimaryKeyScanIterator(scan, context),
                    scan.table().oid(), io.pglitedb.catalog.DerivedOids.primaryKeyIndex(scan.table()), context);
            case NestedLoopJoin join -> new NestedLoopJoinIterator(join, context);
            case HashJoin join -> context.mergeJoins() ? new MergeJoinIterator(join, context)
                    : new HashJoinIterator(join, context);
            case Filter filter -> new FilterIterator(open(filter.input(), context), filter.condition(), context);
            case Project project -> new ProjectIterator(open(project.input(), context), project.expressions(), context);
            case Aggregate aggregate -> openAggregate(aggregate, context);
            case io.pglitedb.sql.plan.GroupingSetsAggregate aggregate ->
                    new GroupingSetsIterator(aggregate, open(aggregate.input(), context), context);
            case Sort sort -> new SortIterator(open(sort.input(), context), sort.keys(), context,
                    context.instrumented() ? context.stats(sort) : null);
            case Distinct distinct -> new DistinctIterator(open(distinct.input(), context), distinct.types(), context);
            case DistinctOn distinct -> new DistinctOnIterator(open(distinct.input(), context), distinct);
            case Limit limit -> new LimitIterator(open(limit.input(), context), limit, context);
            case Append append -> new AppendIterator(append, context);
            case SetOp setOp -> new SetOpIterator(setOp, context);
            case RecursiveUnion union -> new RecursiveUnionIterator(union, context);
            case WorkTableScan scan -> new WorkTableIterator(scan.slot(), context);
            case io.pglitedb.sql.plan.CteScan scan -> new CteScanIterator(scan, context);
            case io.pglitedb.sql.plan.ModifyingCtes m -> new ModifyingCtesIterator(m, context);
            case WindowAgg window -> new WindowIterator(window, open(window.input(), context), context);
            case SystemScan scan -> new SystemScanIterator(scan, context);
        };
    }
}
