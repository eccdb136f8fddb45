package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.Distinct;
import io.pglitedb.sql.plan.DistinctOn;
import io.pglitedb.sql.plan.ExplainOutput;
import io.pglitedb.sql.plan.Filter;
import io.pglitedb.sql.plan.FunctionScan;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.JoinType;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.NestedLoopJoin;
import io.pglitedb.sql.plan.OneRow;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.ProjectSet;
import io.pglitedb.sql.plan.RecursiveUnion;
import io.pglitedb.sql.plan.SetOp;
import io.pglitedb.sql.plan.Sort;
import io.pglitedb.sql.plan.SystemScan;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.sql.plan.TableScans;
import io.pglitedb.sql.plan.ValuesScan;
import io.pglitedb.sql.plan.WindowAgg;
import io.pglitedb.sql.plan.WorkTableScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPLAIN [ANALYZE] in PostgreSQL's text format: its node names ({@code Seq Scan on t a},
 * {@code Index Scan using i on t}, {@code Hash Join} over a {@code Hash}, {@code Update on t} over
 * its scan), our estimates as {@code (cost=S..T rows=N width=W)} unless COSTS OFF
 * ({@link PlanEstimates}), and the detail lines deparsed from the plan's expressions
 * ({@link ExplainExpressions}): Index Cond, Hash Cond, Join Filter, Filter, Sort Key, Group Key,
 * One-Time Filter. Columns are qualified by their relation's alias when the plan reads more than
 * one relation (PostgreSQL's useprefix). Projections are not nodes of their own (as in
 * PostgreSQL), nor are filters: a filter's condition and rows are shown on the node below it, with
 * {@code Rows Removed by Filter} under ANALYZE. A hash join that ran as index lookups shows as the
 * {@code Nested Loop} it was.
 */
final class ExplainIterator implements RowIterator {
    private final List<String> lines = new ArrayList<>();
    private final ExecContext context;
    private final ExplainOutput explain;
    /** The columns a filter passed down through a projection reads (null: the node's own). */
    private List<String> filterColumns;
    /** Whether column references are qualified by their relation (more than one in the plan). */
    private final boolean prefix;
    private final PlanEstimates estimates;
    private int next;

    ExplainIterator(ExplainOutput explain, ExecContext context) {
        this.explain = explain;
        this.context = context;
        this.prefix = relations(explain.plan()) > 1;
        this.estimates = explain.costs() ? new PlanEstimates(context) : null;
        double millis = 0;
        NodeStats modified = null;
        if (explain.analyze()) {
            context.instrument(explain.timing());
            long start = System.nanoTime();
            if (explain.modification() != null) {
                modified = modify(explain.modification());
            } else {
                try (RowIterator rows = Executor.open(explain.plan(), context)) {
                    while (rows.next() != null) {
                        context.checkCancelled();
                    }
                }
            }
            millis = (System.nanoTime() - start) / 1e6;
            if (modified != null) {
                modified.nanos = System.nanoTime() - start;
                modified.firstRowNanos = modified.nanos;
            }
        }
        if (explain.modification() != null) {
            String cost = "";
            if (estimates != null) { // a modification returns no rows without RETURNING
                PlanEstimates.Estimate source = estimates.of(explain.plan());
                cost = PlanEstimates.format(new PlanEstimates.Estimate(source.startup(), source.total(), 0, 0));
            }
            lines.add(modificationName(explain.modification()) + cost + actual(modified, null));
            node(explain.plan(), 1, null);
        } else {
            node(explain.plan(), 0, null);
        }
        if (explain.summary()) {
            lines.add(String.format(Locale.ROOT, "Planning Time: %.3f ms", explain.planningNanos() / 1e6));
        }
        if (explain.analyze() && explain.summary()) {
            lines.add(String.format(Locale.ROOT, "Execution Time: %.3f ms", millis));
        }
    }

    /** Runs an INSERT, UPDATE or DELETE under EXPLAIN ANALYZE: its node's rows are those it returned. */
    private NodeStats modify(io.pglitedb.sql.plan.StatementPlan modification) {
        NodeStats stats = new NodeStats();
        stats.loops = 1;
        RowConsumer returned = row -> stats.rows++;
        switch (modification) {
            case io.pglitedb.sql.plan.InsertPlan insert -> DmlExecutor.insert(insert, context,
                    returns(insert.returning()) ? returned : row -> { });
            case io.pglitedb.sql.plan.UpdatePlan update -> DmlExecutor.update(update, context,
                    returns(update.returning()) ? returned : row -> { });
            case io.pglitedb.sql.plan.DeletePlan delete -> DmlExecutor.delete(delete, context,
                    returns(delete.returning()) ? returned : row -> { });
            default -> throw new IllegalStateException("not a data-modifying plan: " + modification);
        }
        return stats;
    }

    private static boolean returns(BoundExpr[] returning) {
        return returning != null && returning.length > 0;
    }

    private static String modificationName(io.pglitedb.sql.plan.StatementPlan modification) {
        return switch (modification) {
            case io.pglitedb.sql.plan.InsertPlan insert -> "Insert on " + insert.table().name();
            case io.pglitedb.sql.plan.UpdatePlan update -> "Update on " + update.table().name();
            case io.pglitedb.sql.plan.DeletePlan delete -> "Delete on " + delete.table().name();
            default -> modification.getClass().getSimpleName();
        };
    }

    @Override
    public Object[] next() {
        return next < lines.size() ? new Object[] {lines.get(next++)} : null;
    }

    @Override
    public void close() {
    }

    /**
     * Prints a node at a depth; {@code filter} is the filter above it (whose rows are shown
     * instead of the node's, and whose condition is printed as the node's Filter).
     */
    private void node(PlanNode node, int depth, Filter filter) {
        switch (node) {
            case Project p -> {
                if (filter != null && filterColumns == null) {
                    filterColumns = columns(p); // the filter reads the projection's columns
                }
                node(p.input(), depth, filter);
                return;
            }
            case Filter f when filter == null -> {
                node(f.input(), depth, f);
                return;
            }
            default -> {
            }
        }
        List<String> projectedColumns = filterColumns;
        filterColumns = null;
        PlanNode counted = filter != null ? filter : node;
        String indent = depth == 0 ? "" : " ".repeat(6 * depth - 4) + "->  ";
        String detail = " ".repeat(depth == 0 ? 2 : 6 * depth + 2);
        NodeStats stats = context.statsIfRan(counted);
        NodeStats own = context.statsIfRan(node);
        if (node instanceof HashJoin j && own != null && own.lookups) {
            lookupJoin(j, depth, indent, detail, stats);
            return;
        }
        if (filter != null && filter.condition().isRowIndependent() && !(node instanceof Filter)) {
            // a condition on no column: PostgreSQL's Result with a One-Time Filter over the node
            lines.add(indent + "Result" + costs(counted) + actual(stats, counted));
            lines.add(detail + "One-Time Filter: " + ExplainExpressions.deparse(filter.condition(), List.of()));
            if (!(node instanceof OneRow)) {
                node(node, depth + 1, null);
            }
            return;
        }
        if (node instanceof TableScan s && s.filter() != null && s.filter().isConstant()) {
            // a scan whose condition folded to a constant: PostgreSQL plans a Result alone
            lines.add(indent + "Result" + costs(counted) + actual(stats, counted));
            lines.add(detail + "One-Time Filter: " + ExplainExpressions.deparse(s.filter(), List.of()));
            return;
        }
        lines.add(indent + name(node) + costs(counted) + actual(stats, counted));
        details(node, detail);
        // a join's own condition is its Join Filter; a WHERE above an inner join joins it there
        // (PostgreSQL makes it a join qual), above an outer join it is the join's Filter
        boolean join = node instanceof NestedLoopJoin || node instanceof HashJoin;
        // a scan's own quals name its columns unqualified (PostgreSQL's show_scan_qual), others
        // qualified when the plan reads several relations; a filter above a join that a
        // projection reorders (a join built in another order) names the projection's columns
        List<String> qualColumns = table(node) != null ? columnNames(table(node), null) : columns(node);
        List<String> aboveColumns = join && projectedColumns != null ? projectedColumns : qualColumns;
        List<String> filters = new ArrayList<>();
        for (BoundExpr c : ownFilter(node)) {
            filters.add(ExplainExpressions.deparse(c, qualColumns));
        }
        List<String> above = new ArrayList<>();
        for (BoundExpr c : filter == null ? List.<BoundExpr>of() : ExplainExpressions.conjuncts(filter.condition())) {
            above.add(ExplainExpressions.deparse(c, aboveColumns));
        }
        if (join && joinType(node) == JoinType.INNER) {
            filters.addAll(above);
            above.clear();
        }
        if (!filters.isEmpty()) {
            lines.add(detail + (join ? "Join Filter: " : "Filter: ") + anded(filters));
        }
        if (!above.isEmpty()) {
            lines.add(detail + "Filter: " + anded(above));
        }
        long removed = own == null ? 0 : own.removed;
        if (filter != null && stats != null && own != null) {
            removed += Math.max(0, own.rows - stats.rows);
        }
        if (removed > 0 && stats != null) { // PostgreSQL prints none when it is 0
            String label = join && joinType(node) == JoinType.INNER ? "Rows Removed by Join Filter: " : "Rows Removed by Filter: ";
            lines.add(detail + label + perLoop(removed, stats.loops));
        }
        for (PlanNode child : children(node)) {
            if (node instanceof HashJoin j && child == j.right()) {
                lines.add(" ".repeat(6 * (depth + 1) - 4) + "->  Hash" + (estimates == null ? "" : PlanEstimates.format(estimates.hash(child))) + actual(context.statsIfRan(child), child));
                node(child, depth + 2, null);
            } else {
                node(child, depth + 1, null);
            }
        }
    }

    /** The node's estimated cost, rows and width, unless COSTS OFF. */
    private String costs(PlanNode node) {
        return estimates == null ? "" : PlanEstimates.format(estimates.of(node));
    }

    private static JoinType joinType(PlanNode node) {
        return switch (node) {
            case NestedLoopJoin j -> j.type();
            case HashJoin j -> j.type();
            default -> null;
        };
    }

    /** Conditions as PostgreSQL prints an implicit AND: one alone, several parenthesised. */
    private static String anded(List<String> texts) {
        return texts.size() == 1 ? texts.get(0) : "(" + String.join(" AND ", texts) + ")";
    }

    /**
     * The conditions a node applies itself, printed as its Filter: a scan's WHERE less what its
     * index reads (its Index Cond), a join's condition less its hash keys.
     */
    private List<BoundExpr> ownFilter(PlanNode node) {
        return switch (node) {
            case TableScan s -> ExplainExpressions.conjuncts(s.filter());
            case IndexScan s -> withoutImplied(s.table(), s.index().predicate(),
                    withoutIndexConds(s.table(), s.filter(), indexKeyNames(s.table(), s.index(), s.ranges())));
            case PrimaryKeyScan s -> withoutIndexConds(s.table(), s.filter(), keyNames(s.table(), s.table().primaryKey()));
            case KeyLookup s -> withoutIndexConds(s.table(), s.filter(), keyNames(s.table(), s.table().primaryKey()));
            case NestedLoopJoin j -> ExplainExpressions.conjuncts(j.condition());
            case HashJoin j -> ExplainExpressions.conjuncts(j.residual());
            default -> List.of();
        };
    }

    /**
     * Conditions less those a partial index's predicate states (PostgreSQL drops them as implied):
     * the predicate itself, or one of its top-level AND terms, by text.
     */
    private static List<BoundExpr> withoutImplied(TableDescriptor table, String predicate, List<BoundExpr> conds) {
        if (predicate == null) {
            return conds;
        }
        List<String> plain = columnNames(table, null);
        List<BoundExpr> rest = new ArrayList<>();
        for (BoundExpr c : conds) {
            String text = ExplainExpressions.deparse(c, plain);
            boolean implied = predicate.equals(text) || predicate.equals("(" + text + ")")
                    || predicate.startsWith("((") && (predicate.contains("(" + text + " AND ")
                    || predicate.contains(" AND " + text + " AND ") || predicate.endsWith(" AND " + text + ")"));
            if (!implied) {
                rest.add(c);
            }
        }
        return rest;
    }

    /** The names of the index columns an index scan's ranges bound. */
    private static List<String> indexKeyNames(TableDescriptor table, IndexDescriptor index, List<IndexScan.Range> ranges) {
        int used = 1;
        for (IndexScan.Range r : ranges) {
            used = Math.max(used, r.equal().length + 1);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(used, index.columns().length); i++) {
            names.add(columnName(table, index, i));
        }
        return names;
    }

    private static List<String> keyNames(TableDescriptor table, int[] columns) {
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(table.columns().get(c).name());
        }
        return names;
    }

    /**
     * A scan's WHERE without the conjuncts its index reads: comparisons and IN lists of an
     * index key (by its unqualified text) with a value that does not depend on the row.
     */
    private static List<BoundExpr> withoutIndexConds(TableDescriptor table, BoundExpr where, List<String> keys) {
        List<String> plain = columnNames(table, null);
        List<BoundExpr> rest = new ArrayList<>();
        for (BoundExpr c : ExplainExpressions.conjuncts(where)) {
            boolean indexed = false;
            if (c instanceof io.pglitedb.exec.expr.OperatorCall o && o.left() != null
                    && List.of("=", "<", "<=", ">", ">=").contains(o.name())) {
                indexed = keys.contains(ExplainExpressions.deparse(o.left(), plain)) && o.right().isRowIndependent()
                        || keys.contains(ExplainExpressions.deparse(o.right(), plain)) && o.left().isRowIndependent();
            } else if (c instanceof io.pglitedb.exec.expr.InTest in && !in.negated()) {
                indexed = keys.contains(ExplainExpressions.deparse(in.operand(), plain));
            }
            if (!indexed) {
                rest.add(c);
            }
        }
        return rest;
    }

    /** A relation's column names, qualified by {@code qualifier} unless it is null. */
    private static List<String> columnNames(TableDescriptor table, String qualifier) {
        List<String> names = new ArrayList<>();
        if (table == null) {
            return names;
        }
        for (io.pglitedb.catalog.ColumnDescriptor c : table.columns()) {
            names.add(qualifier != null ? qualifier + "." + c.name() : c.name());
        }
        return names;
    }

    /** A scan's columns, qualified by its alias (or table name) when the plan reads several relations. */
    private List<String> scanColumns(PlanNode scan) {
        TableDescriptor table = table(scan);
        String alias = TableScans.alias(scan);
        return columnNames(table, prefix ? (alias != null ? alias : table.name()) : null);
    }

    /**
     * How each output column of a node prints in its parent's detail lines: a relation's columns
     * (qualified when the plan reads several relations, PostgreSQL's useprefix), a projection's
     * expressions, an aggregate's keys and calls; {@code ?} where unknown.
     */
    private List<String> columns(PlanNode node) {
        return switch (node) {
            case TableScan s -> scanColumns(s);
            case io.pglitedb.sql.plan.SystemColumnsScan s -> {
                List<String> names = scanColumns(s);
                String qualifier = prefix ? (s.alias() != null ? s.alias() : s.table().name()) + "." : "";
                yield concat(names, List.of(qualifier + "ctid", qualifier + "xmin"));
            }
            case IndexScan s -> scanColumns(s);
            case PrimaryKeyScan s -> scanColumns(s);
            case KeyLookup s -> scanColumns(s);
            case Filter f -> columns(f.input());
            case Sort s -> columns(s.input());
            case Limit l -> columns(l.input());
            case Distinct d -> columns(d.input());
            case DistinctOn d -> columns(d.input());
            case Project p -> {
                List<String> input = columns(p.input());
                List<String> out = new ArrayList<>();
                for (BoundExpr e : p.expressions()) {
                    out.add(ExplainExpressions.deparse(e, input));
                }
                yield out;
            }
            case SystemScan s -> columnNames(s.relation().descriptor(), prefix ? s.relation().name() : null);
            case FunctionScan s -> {
                // a one-column function's column is named after its alias (else itself)
                String name = s.alias() != null ? s.alias() : s.function().name();
                List<String> out = new ArrayList<>();
                for (int i = 0; i < s.width(); i++) {
                    out.add(prefix ? name + "." + name : name);
                }
                yield out;
            }
            case ValuesScan v -> {
                List<String> out = new ArrayList<>();
                for (int i = 1; i <= v.width(); i++) {
                    out.add(prefix ? "\"*VALUES*\".column" + i : "column" + i);
                }
                yield out;
            }
            case Append a -> a.inputs().isEmpty() ? List.of() : columns(a.inputs().get(0));
            case SetOp o -> columns(o.left());
            case RecursiveUnion r -> columns(r.initial());
            case io.pglitedb.sql.plan.CteScan c -> columns(c.query());
            case WindowAgg w -> columns(w.input()); // then its functions, which print as ?
            case ProjectSet p -> {
                List<String> input = columns(p.input());
                List<String> out = new ArrayList<>();
                for (BoundExpr e : p.expressions()) {
                    out.add(ExplainExpressions.deparse(e, input));
                }
                yield out;
            }
            case HashJoin j -> concat(columns(j.left()), columns(j.right()));
            case NestedLoopJoin j -> concat(columns(j.left()), columns(j.right()));
            case Aggregate a -> {
                List<String> input = columns(a.input());
                List<String> out = new ArrayList<>();
                for (BoundExpr k : a.groupKeys()) {
                    out.add(ExplainExpressions.deparse(k, input));
                }
                for (io.pglitedb.sql.plan.AggregateCall call : a.aggregates()) {
                    out.add(aggregate(call, input));
                }
                yield out;
            }
            default -> List.of();
        };
    }

    private static String aggregate(io.pglitedb.sql.plan.AggregateCall call, List<String> input) {
        List<String> args = new ArrayList<>();
        for (BoundExpr a : call.arguments()) {
            args.add(ExplainExpressions.deparse(a, input));
        }
        String name = call.function().name();
        return name + "(" + (call.distinct() ? "DISTINCT " : "") + (args.isEmpty() ? "*" : String.join(", ", args)) + ")";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** True when the plan reads more than one relation: columns are then qualified by it. */
    private static int relations(PlanNode node) {
        int n = switch (node) {
            case TableScan s -> 1;
            case io.pglitedb.sql.plan.SystemColumnsScan s -> 1;
            case IndexScan s -> 1;
            case PrimaryKeyScan s -> 1;
            case KeyLookup s -> 1;
            case SystemScan s -> 1;
            case FunctionScan s -> 1;
            case ValuesScan s -> 1;
            case Filter f -> relations(f.input());
            case Project p -> relations(p.input());
            default -> 0;
        };
        for (PlanNode child : children(node)) {
            n += relations(child);
        }
        return n;
    }

    /** A hash join that ran as a nested loop: the small side, then the index scan done per row. */
    private void lookupJoin(HashJoin j, int depth, String indent, String detail, NodeStats stats) {
        NodeStats rightScan = j.rightLookup() == null ? null : context.statsIfRan(j.rightLookup().scan());
        boolean lookupRight = rightScan != null && rightScan.loops > 0;
        HashJoin.Lookup lookup = lookupRight ? j.rightLookup() : j.leftLookup();
        lines.add(indent + "Nested Loop" + costs(j) + actual(stats, j));
        node(lookupRight ? j.left() : j.right(), depth + 1, null);
        lines.add(" ".repeat(6 * (depth + 1) - 4) + "->  " + name(lookup.scan()) + costs(lookup.scan())
                + actual(context.statsIfRan(lookup.scan()), lookup.scan()));
        TableDescriptor table = table(lookup.scan());
        int[] columns = lookup.scan() instanceof IndexScan s ? s.index().columns() : table.primaryKey();
        List<String> conds = new ArrayList<>();
        BoundExpr[] outerKeys = lookupRight ? j.leftKeys() : j.rightKeys();
        List<String> outer = columns(lookupRight ? j.left() : j.right());
        for (int i = 0; i < lookup.keys().length; i++) {
            // the index column unqualified (PostgreSQL prints it as the index's own column)
            conds.add(table.columns().get(columns[i]).name() + " = "
                    + ExplainExpressions.deparse(outerKeys[lookup.keys()[i]], outer));
        }
        lines.add(" ".repeat(6 * (depth + 1) + 2) + "Index Cond: " + conditions(conds));
    }

    /** Sort keys as PostgreSQL lists them: {@code t.a DESC, b NULLS FIRST}. */
    private static String sortKeys(List<io.pglitedb.sql.plan.SortKey> keys, List<String> input) {
        List<String> out = new ArrayList<>();
        for (io.pglitedb.sql.plan.SortKey k : keys) {
            String text = k.column() < input.size() ? input.get(k.column()) : "?";
            if (text.contains("(") || text.contains(" ")) {
                text = "(" + text + ")"; // an expression, not a column: PostgreSQL parenthesizes it
            }
            if (k.descending()) {
                text += k.nullsFirst() ? " DESC" : " DESC NULLS LAST";
            } else if (k.nullsFirst()) {
                text += " NULLS FIRST";
            }
            out.add(text);
        }
        return String.join(", ", out);
    }

    /** {@code (a)} for one condition, {@code ((a) AND (b))} for several, as PostgreSQL prints them. */
    private static String conditions(List<String> conds) {
        String and = "(" + String.join(") AND (", conds) + ")";
        return conds.size() == 1 ? and : "(" + and + ")";
    }

    private static String perLoop(long total, long loops) {
        return Long.toString(loops == 0 ? 0 : Math.round((double) total / loops));
    }

    private String actual(NodeStats stats, PlanNode node) {
        if (!explain.analyze()) {
            return "";
        }
        if (stats == null || stats.loops == 0) {
            return " (never executed)";
        }
        String rows = "rows=" + perLoop(stats.rows, stats.loops) + " loops=" + stats.loops + ")";
        if (!explain.timing()) {
            return " (actual " + rows;
        }
        return String.format(Locale.ROOT, " (actual time=%.3f..%.3f ", stats.firstRowNanos / 1e6 / stats.loops,
                stats.nanos / 1e6 / stats.loops) + rows;
    }

    private static String joinName(String method, JoinType type) {
        return method + switch (type) {
            case INNER -> " Join";
            case LEFT -> " Left Join";
            case RIGHT -> " Right Join";
            case FULL -> " Full Join";
        };
    }

    /** A scanned table as PostgreSQL names it: {@code tenk1}, or {@code tenk1 t1} under an alias. */
    private String relation(PlanNode scan) {
        String name = table(scan).name();
        String alias = TableScans.alias(scan);
        if (alias == null && explain.modification() instanceof io.pglitedb.sql.plan.InsertPlan insert
                && insert.table().oid() == table(scan).oid()) {
            alias = name + "_1"; // PostgreSQL's unique name for the target table read again
        }
        return alias == null || alias.equals(name) ? name : name + " " + alias;
    }

    private String name(PlanNode node) {
        return switch (node) {
            case TableScan s -> "Seq Scan on " + relation(s);
            case io.pglitedb.sql.plan.SystemColumnsScan s -> "Seq Scan on " + relation(s);
            case IndexScan s -> "Index Scan using " + s.index().name() + " on " + relation(s);
            case PrimaryKeyScan s -> "Index Scan using " + s.table().primaryKeyName() + " on " + relation(s);
            case KeyLookup s -> "Index Scan using " + s.table().primaryKeyName() + " on " + relation(s);
            case SystemScan s -> "Seq Scan on " + s.relation().descriptor().name();
            case FunctionScan s -> "Function Scan on " + s.function().name() + (s.alias() == null ? "" : " " + s.alias());
            // INSERT's one VALUES row is PostgreSQL's Result
            case ValuesScan s when s.rows().size() == 1 && node == explain.plan() && explain.modification() != null -> "Result";
            case ValuesScan s -> "Values Scan on \"*VALUES*\"";
            case OneRow o -> "Result";
            case HashJoin j -> joinName("Hash", j.type());
            case NestedLoopJoin j -> j.type() == JoinType.INNER ? "Nested Loop" : joinName("Nested Loop", j.type());
            case Aggregate a -> a.groupKeys().length == 0 ? "Aggregate" : "HashAggregate";
            case io.pglitedb.sql.plan.GroupingSetsAggregate a -> "GroupAggregate";
            case Sort s -> "Sort";
            case Limit l -> "Limit";
            case Distinct d -> "HashAggregate";
            case DistinctOn d -> "Unique";
            case Append a -> "Append";
            case SetOp s -> "HashSetOp " + (s.kind() == SetOp.Kind.INTERSECT ? "Intersect" : "Except")
                    + (s.all() ? " All" : "");
            case RecursiveUnion r -> "Recursive Union";
            case WorkTableScan w -> "WorkTable Scan";
            case io.pglitedb.sql.plan.CteScan c -> "CTE Scan on " + c.name();
            case WindowAgg w -> "WindowAgg";
            case ProjectSet p -> "ProjectSet";
            default -> node.getClass().getSimpleName();
        };
    }

    /** The lines before a node's Filter: Index Cond, Hash Cond, Sort Key, Group Key. */
    private void details(PlanNode node, String detail) {
        TableDescriptor table = table(node);
        List<String> conds = new ArrayList<>();
        switch (node) {
            case HashJoin j -> {
                List<String> left = columns(j.left());
                List<String> right = columns(j.right());
                for (int i = 0; i < j.leftKeys().length; i++) {
                    conds.add(ExplainExpressions.deparse(j.leftKeys()[i], left) + " = "
                            + ExplainExpressions.deparse(j.rightKeys()[i], right));
                }
                lines.add(detail + "Hash Cond: " + conditions(conds));
                return;
            }
            case Sort s -> {
                lines.add(detail + "Sort Key: " + sortKeys(s.keys(), columns(s.input())));
                return;
            }
            case Aggregate a when a.groupKeys().length > 0 -> {
                List<String> input = columns(a.input());
                for (BoundExpr k : a.groupKeys()) {
                    conds.add(ExplainExpressions.deparse(k, input));
                }
                lines.add(detail + "Group Key: " + String.join(", ", conds));
                return;
            }
            case Distinct d -> {
                List<String> input = columns(d.input());
                if (!input.isEmpty()) {
                    lines.add(detail + "Group Key: " + String.join(", ", input));
                }
                return;
            }
            case IndexScan s -> {
                if (s.ranges().size() == 1) {
                    range(table, s.index(), s.ranges().get(0), conds);
                } else {
                    String column = columnName(table, s.index(), 0);
                    BoundExpr[] values = new BoundExpr[s.ranges().size()];
                    for (int i = 0; i < values.length; i++) {
                        IndexScan.Range r = s.ranges().get(i);
                        values[i] = r.equal().length == 1 ? r.equal()[0] : null;
                    }
                    conds.add(column + " = ANY (" + ExplainExpressions.array(values, values[0] == null
                            ? table.columns().get(s.index().column(0)).type() : values[0].type(), List.of()) + ")");
                }
            }
            case PrimaryKeyScan s -> range(table, table.primaryKey(), null, s.range(), conds);
            case KeyLookup s -> {
                int[] pk = table.primaryKey();
                if (s.keys().size() == 1) {
                    for (int i = 0; i < pk.length; i++) {
                        conds.add(table.columns().get(pk[i]).name() + " = " + literal(s.keys().get(0)[i]));
                    }
                } else if (pk.length == 1) {
                    BoundExpr[] values = new BoundExpr[s.keys().size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = s.keys().get(i)[0];
                    }
                    conds.add(table.columns().get(pk[0]).name() + " = ANY ("
                            + ExplainExpressions.array(values, table.columns().get(pk[0]).type(), List.of()) + ")");
                }
            }
            default -> {
                return;
            }
        }
        if (!conds.isEmpty()) {
            lines.add(detail + "Index Cond: " + conditions(conds));
        }
    }

    private static void range(TableDescriptor table, io.pglitedb.catalog.IndexDescriptor index, IndexScan.Range range,
            List<String> conds) {
        range(table, index.columns(), index, range, conds);
    }

    /** Index column i's name, or its expression's text. */
    private static String columnName(TableDescriptor table, io.pglitedb.catalog.IndexDescriptor index, int i) {
        return index.expression(i) != null ? index.expression(i) : table.columns().get(index.column(i)).name();
    }

    private static void range(TableDescriptor table, int[] columns, io.pglitedb.catalog.IndexDescriptor index,
            IndexScan.Range range, List<String> conds) {
        for (int i = 0; i < range.equal().length; i++) {
            String name = index != null ? columnName(table, index, i) : table.columns().get(columns[i]).name();
            conds.add(name + " = " + literal(range.equal()[i]));
        }
        if (range.equal().length < columns.length) {
            int k = range.equal().length;
            String column = index != null ? columnName(table, index, k) : table.columns().get(columns[k]).name();
            if (range.lower() != null) {
                conds.add(column + (range.lowerInclusive() ? " >= " : " > ") + literal(range.lower()));
            }
            if (range.upper() != null) {
                conds.add(column + (range.upperInclusive() ? " <= " : " < ") + literal(range.upper()));
            }
        }
    }

    /** A row-independent bound (a constant or parameter) as PostgreSQL prints it. */
    private static String literal(BoundExpr e) {
        return ExplainExpressions.deparse(e, List.of());
    }

    private static TableDescriptor table(PlanNode node) {
        return switch (node) {
            case IndexScan s -> s.table();
            case PrimaryKeyScan s -> s.table();
            case KeyLookup s -> s.table();
            case TableScan s -> s.table();
            case io.pglitedb.sql.plan.SystemColumnsScan s -> s.table();
            default -> null;
        };
    }

    static List<PlanNode> children(PlanNode node) {
        return switch (node) {
            case HashJoin j -> List.of(j.left(), j.right());
            case NestedLoopJoin j -> List.of(j.left(), j.right());
            case Aggregate a -> List.of(a.input());
            case io.pglitedb.sql.plan.GroupingSetsAggregate a -> List.of(a.input());
            case Sort s -> List.of(s.input());
            case Limit l -> List.of(l.input());
            case Distinct d -> List.of(d.input());
            case DistinctOn d -> List.of(d.input());
            case Append a -> a.inputs();
            case SetOp s -> List.of(s.left(), s.right());
            case RecursiveUnion r -> List.of(r.initial(), r.recursive());
            case io.pglitedb.sql.plan.CteScan c -> List.of(c.query());
            case WindowAgg w -> List.of(w.input());
            case ProjectSet p -> List.of(p.input());
            default -> List.of();
        };
    }
}
