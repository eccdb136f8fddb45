package io.pglitedb.sql.analyze;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.Distinct;
import io.pglitedb.sql.plan.DistinctOn;
import io.pglitedb.sql.plan.Filter;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.NestedLoopJoin;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.Sort;
import io.pglitedb.sql.plan.SortKey;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.sql.plan.WindowAgg;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Tells each table scan of a query plan which columns the nodes above it read, so that it decodes
 * only those (decoding is most of a scan's cost: strings, numerics, dates). Walks the plan from the
 * root, which needs all its output columns, down to the scans; a plain column that a projection
 * passes on but nobody reads becomes a NULL constant. Nodes it does not know keep their inputs
 * whole, and so does an expression that cannot list its columns: the pass only ever leaves out
 * columns it knows are unread, so it never changes a result.
 */
final class ColumnPruning {
    private ColumnPruning() {
    }

    /** The plan with its scans narrowed; every output column of {@code root} is kept. */
    static PlanNode prune(PlanNode root) {
        return prune(root, all(root.width()));
    }

    private static BitSet all(int width) {
        BitSet b = new BitSet(width);
        b.set(0, width);
        return b;
    }

    /** @param needed the output columns of {@code node} that are read (not modified) */
    private static PlanNode prune(PlanNode node, BitSet needed) {
        return switch (node) {
            case TableScan s -> {
                boolean[] columns = scanColumns(needed, s.filter(), s.width());
                yield columns == null ? s : new TableScan(s.table(), s.filter(), columns, s.alias());
            }
            case IndexScan s -> {
                boolean[] columns = scanColumns(needed, s.filter(), s.width());
                yield columns == null ? s : new IndexScan(s.table(), s.index(), s.ranges(), s.filter(), columns, s.alias());
            }
            case PrimaryKeyScan s -> {
                boolean[] columns = scanColumns(needed, s.filter(), s.width());
                yield columns == null ? s : new PrimaryKeyScan(s.table(), s.range(), s.filter(), columns, s.alias());
            }
            case KeyLookup s -> {
                boolean[] columns = scanColumns(needed, s.filter(), s.width());
                yield columns == null ? s : new KeyLookup(s.table(), s.keys(), s.filter(), columns, s.alias());
            }
            case Filter f -> {
                BitSet in = (BitSet) needed.clone();
                yield new Filter(prune(f.input(), reads(in, f.input().width(), f.condition())), f.condition());
            }
            case Project p -> project(p, needed);
            case Limit l -> new Limit(prune(l.input(), needed), l.limit(), l.offset(), l.ties());
            case Sort s -> {
                BitSet in = (BitSet) needed.clone();
                for (SortKey k : s.keys()) {
                    in.set(k.column());
                }
                yield new Sort(prune(s.input(), in), s.keys());
            }
            case Distinct d -> {
                BitSet in = (BitSet) needed.clone();
                in.set(0, d.types().length);
                yield new Distinct(prune(d.input(), in), d.types());
            }
            case DistinctOn d -> {
                BitSet in = (BitSet) needed.clone();
                for (int k : d.keyColumns()) {
                    in.set(k);
                }
                yield new DistinctOn(prune(d.input(), in), d.keyColumns(), d.keyTypes());
            }
            case Aggregate a -> {
                int width = a.input().width();
                BitSet in = new BitSet();
                boolean known = addAll(in, a.groupKeys());
                for (AggregateCall call : a.aggregates()) {
                    known &= addAll(in, call.arguments()) && addAll(in, call.orderKeys());
                    if (call.filter() != null) {
                        known &= addAll(in, call.filter());
                    }
                }
                yield new Aggregate(prune(a.input(), known ? in : all(width)), a.groupKeys(), a.aggregates());
            }
            case io.pglitedb.sql.plan.GroupingSetsAggregate a -> {
                BitSet in = new BitSet();
                boolean known = addAll(in, a.groupKeys());
                for (AggregateCall call : a.aggregates()) {
                    known &= addAll(in, call.arguments()) && addAll(in, call.orderKeys());
                    if (call.filter() != null) {
                        known &= addAll(in, call.filter());
                    }
                }
                yield new io.pglitedb.sql.plan.GroupingSetsAggregate(prune(a.input(), known ? in : all(a.input().width())),
                        a.groupKeys(), a.rollups(), a.aggregates());
            }
            case HashJoin j -> {
                int leftWidth = j.left().width();
                BitSet joined = reads((BitSet) needed.clone(), j.width(), j.residual());
                BitSet left = joined.get(0, leftWidth);
                BitSet right = joined.get(leftWidth, j.width());
                left = reads(left, leftWidth, j.leftKeys());
                right = reads(right, j.right().width(), j.rightKeys());
                yield new HashJoin(prune(j.left(), left), prune(j.right(), right), j.type(), j.leftKeys(),
                        j.rightKeys(), j.keyTypes(), j.residual(), lookup(j.leftLookup(), left),
                        lookup(j.rightLookup(), right));
            }
            case NestedLoopJoin j -> {
                int leftWidth = j.left().width();
                BitSet joined = reads((BitSet) needed.clone(), j.width(), j.condition());
                BitSet left = reads(joined.get(0, leftWidth), leftWidth, j.lateralArgs());
                BitSet right = joined.get(leftWidth, j.width());
                yield new NestedLoopJoin(prune(j.left(), left), prune(j.right(), right), j.type(), j.condition(),
                        j.lateralArgs(), j.lateralSlots());
            }
            case Append a -> {
                List<PlanNode> inputs = new ArrayList<>(a.inputs().size());
                for (PlanNode input : a.inputs()) {
                    inputs.add(prune(input, needed));
                }
                yield new Append(inputs);
            }
            // every reference reads the same rows, so the shared query keeps all its columns
            case io.pglitedb.sql.plan.CteScan c -> new io.pglitedb.sql.plan.CteScan(c.name(),
                    prune(c.query(), all(c.width())), c.slot());
            case WindowAgg w -> new WindowAgg(prune(w.input(), all(w.input().width())), w.windows(), w.functions());
            default -> node;
        };
    }

    private static HashJoin.Lookup lookup(HashJoin.Lookup lookup, BitSet needed) {
        return lookup == null ? null : new HashJoin.Lookup(prune(lookup.scan(), needed), lookup.slots(), lookup.keys());
    }

    /** A projection computes only the columns read above it; plain column copies nobody reads become NULL. */
    private static PlanNode project(Project p, BitSet needed) {
        BoundExpr[] exprs = p.expressions().clone();
        BitSet in = new BitSet();
        boolean known = true;
        for (int i = 0; i < exprs.length; i++) {
            if (!needed.get(i) && removable(exprs[i])) {
                exprs[i] = new Constant(exprs[i].type(), null);
                continue;
            }
            known &= exprs[i].addColumns(in);
        }
        int width = p.input().width();
        return new Project(prune(p.input(), known ? in : all(width)), exprs);
    }

    /**
     * Whether an output nobody reads may be left uncomputed: plain columns and constants, built-in
     * operators over them, and subqueries without volatile functions (PostgreSQL's
     * remove_unused_subquery_outputs: so an unread {@code 1/0} or a many-row scalar subquery raises
     * nothing). Volatile calls and functions that may have side effects stay.
     */
    private static boolean removable(BoundExpr e) {
        return e instanceof ColumnValue || e instanceof Constant || e.isParallelSafe()
                || e instanceof io.pglitedb.exec.expr.SubqueryValue s && s.isStable();
    }

    /** {@code in} plus the columns the expressions read; every column of {@code width} when one cannot say. */
    private static BitSet reads(BitSet in, int width, BoundExpr... exprs) {
        return addAll(in, exprs) ? in : all(width);
    }

    private static boolean addAll(BitSet out, BoundExpr... exprs) {
        for (BoundExpr e : exprs) {
            if (e != null && !e.addColumns(out)) {
                return false;
            }
        }
        return true;
    }

    /** The columns a scan decodes (what is read above plus its filter's), or null for all of them. */
    private static boolean[] scanColumns(BitSet needed, BoundExpr filter, int width) {
        BitSet read = (BitSet) needed.clone();
        if (filter != null && !filter.addColumns(read)) {
            return null;
        }
        if (read.nextClearBit(0) >= width) {
            return null;
        }
        boolean[] columns = new boolean[width];
        for (int i = read.nextSetBit(0); i >= 0 && i < width; i = read.nextSetBit(i + 1)) {
            columns[i] = true;
        }
        return columns;
    }
}
