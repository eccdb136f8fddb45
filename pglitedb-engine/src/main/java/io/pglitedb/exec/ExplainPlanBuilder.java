package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.CteScan;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.Distinct;
import io.pglitedb.sql.plan.DistinctOn;
import io.pglitedb.sql.plan.ExplainOutput;
import io.pglitedb.sql.plan.Filter;
import io.pglitedb.sql.plan.FunctionScan;
import io.pglitedb.sql.plan.GroupingSetsAggregate;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.JoinType;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.NestedLoopJoin;
import io.pglitedb.sql.plan.OneRow;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.ProjectSet;
import io.pglitedb.sql.plan.RecursiveUnion;
import io.pglitedb.sql.plan.SetOp;
import io.pglitedb.sql.plan.Sort;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.sql.plan.SystemColumnsScan;
import io.pglitedb.sql.plan.SystemScan;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.sql.plan.TableScans;
import io.pglitedb.sql.plan.UpdatePlan;
import io.pglitedb.sql.plan.ValuesScan;
import io.pglitedb.sql.plan.WindowAgg;
import io.pglitedb.sql.plan.WorkTableScan;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes a plan as PostgreSQL's EXPLAIN would: a tree of {@link ExplainNode}s with its node
 * names ({@code Seq Scan on t a}, {@code Index Scan using i on t}, {@code Hash Join} over a
 * {@code Hash}, {@code Update on t} over its scan), our estimates unless COSTS OFF
 * ({@link PlanEstimates}), the actual rows under ANALYZE, and the detail properties deparsed from
 * the plan's expressions ({@link ExplainExpressions}): Output (VERBOSE), Index Cond, Hash Cond,
 * Join Filter, Filter, Sort Key and (ANALYZE) Method, Group Key, One-Time Filter; the subqueries
 * they run as InitPlans and SubPlans ({@link ExplainSubplans}). Columns are qualified by their
 * relation's alias under VERBOSE or when the plan reads more than one relation (PostgreSQL's
 * useprefix). Projections are not nodes of their own (as in PostgreSQL), nor are filters: a
 * filter's condition and rows are shown on the node below it, with {@code Rows Removed by Filter}
 * under ANALYZE. A hash join that ran as index lookups shows as the {@code Nested Loop} it was.
 */
final class ExplainPlanBuilder {
    private final ExecContext context;
    private final ExplainOutput explain;
    /** Whether the plan reads several relations: columns are then qualified by theirs. */
    private boolean several;
    private final boolean verbose;
    private final PlanEstimates estimates;
    /** The subqueries the plan's expressions run, shown as InitPlans and SubPlans. */
    private ExplainSubplans subplans = new ExplainSubplans();
    /** The column texts {@link #referenced} made (by identity): referred to again, they stay as they are. */
    /** The projection between a filter and the node it is shown on, while describing that node. */
    private Project filterProjection;
    /** Scans whose condition a Result above them shows as its One-Time Filter. */
    private final java.util.Set<PlanNode> oneTimeFiltered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<String> references = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * {@link #columns} of the nodes met so far: every node asks for its inputs' columns, which ask
     * for theirs, so without these a deep plan's columns were deparsed again at every level above.
     */
    private final java.util.Map<PlanNode, List<String>> qualifiedColumns = new java.util.IdentityHashMap<>();
    private final java.util.Map<PlanNode, List<String>> unqualifiedColumns = new java.util.IdentityHashMap<>();

    ExplainPlanBuilder(ExplainOutput explain, ExecContext context) {
        this.explain = explain;
        this.context = context;
        this.verbose = explain.options().verbose();
        this.several = relations(explain.plan()) > 1;
        this.estimates = explain.options().costs() ? new PlanEstimates(context) : null;
    }

    /**
     * The plan's tree; {@code modified} is what the INSERT, UPDATE or DELETE did under ANALYZE. The
     * InitPlans its expressions refer to are shown first under its top node, as PostgreSQL
     * attaches them there.
     */
    ExplainNode build(NodeStats modified) {
        ExplainNode root = top(modified);
        if (!several && subplans.any()) { // their relations are PostgreSQL's range table entries too
            several = true;
            subplans = new ExplainSubplans();
            references.clear();
            qualifiedColumns.clear();
            unqualifiedColumns.clear();
            oneTimeFiltered.clear();
            root = top(modified);
        }
        List<ExplainNode> children = new ArrayList<>();
        List<ExplainSubplans.Subplan> inits;
        while (!(inits = subplans.take(true)).isEmpty()) { // an InitPlan's own ones follow it
            for (ExplainSubplans.Subplan init : inits) {
                children.add(subplan(init));
            }
        }
        if (children.isEmpty()) {
            return root;
        }
        children.addAll(root.children());
        for (ExplainSubplans.Subplan left : subplans.take(false)) {
            children.add(subplan(left));
        }
        return root.withChildren(children);
    }

    private ExplainNode subplan(ExplainSubplans.Subplan subplan) {
        String relationship = subplan.init() ? "InitPlan" : "SubPlan";
        return node(ExplainSubplans.plan(subplan.query()), null, null, relationship, false).relatedAs(relationship, subplan.name());
    }

    /** Under EXPLAIN of SELECT ... FOR UPDATE: the node PostgreSQL's LockRows sits on, until shown. */
    private PlanNode lockedInput;
    /** What the locking returned under ANALYZE. */
    private NodeStats lockStats;

    private ExplainNode top(NodeStats modified) {
        StatementPlan modification = explain.modification();
        if (modification == null) {
            return node(explain.plan(), null, null, null, false);
        }
        if (modification instanceof LockingQueryPlan) {
            lockedInput = LockingQuery.lockedInput(explain.plan());
            lockStats = modified;
            return node(explain.plan(), null, null, null, false);
        }
        PlanEstimates.Estimate cost = null;
        if (estimates != null) { // a modification returns no rows without RETURNING
            PlanEstimates.Estimate source = estimates.of(explain.plan());
            cost = new PlanEstimates.Estimate(source.startup(), source.total(), 0, 0);
        }
        TableDescriptor table = switch (modification) {
            case InsertPlan insert -> insert.table();
            case UpdatePlan update -> update.table();
            case DeletePlan delete -> delete.table();
            default -> throw new IllegalStateException("not a data-modifying plan: " + modification);
        };
        String operation = switch (modification) {
            case InsertPlan insert -> "Insert";
            case UpdatePlan update -> "Update";
            default -> "Delete";
        };
        return new ExplainNode(operation + " on " + qualified(table.schema(), table.name()), "ModifyTable",
                List.of(ExplainProperty.structured("Operation", operation)), null, null, relationTarget(table, null),
                cost, modified, List.of(), List.of(node(explain.plan(), null, null, "Outer", false)));
    }

    /**
     * A node under its parent ({@code relationship}); {@code filter} is the filter above it (whose
     * rows are shown instead of the node's, and whose condition is printed as the node's Filter),
     * {@code projection} the projection above it (its Output under VERBOSE); {@code small} when its
     * parent asks for the columns it needs only (a Hash's or Sort's input), not a table's all.
     */
    private ExplainNode node(PlanNode node, Filter filter, Project projection, String relationship, boolean small) {
        if (node == lockedInput && filter == null && projection == null) {
            lockedInput = null; // shown once, then the node itself below it
            return new ExplainNode("LockRows", "LockRows", List.of(), relationship, null, List.of(),
                    estimates == null ? null : estimates.of(node), lockStats, List.of(),
                    List.of(node(node, null, null, "Outer", small)));
        }
        switch (node) {
            case Project p when projection == null && filter == null -> {
                return node(p.input(), null, p, relationship, small);
            }
            case Project p -> {
                if (filter != null && filterProjection == null) {
                    filterProjection = p; // the filter above reads this projection's columns
                }
                return node(p.input(), filter, projection, relationship, small);
            }
            case Filter f when filter == null -> {
                return node(f.input(), f, projection, relationship, small);
            }
            default -> {
            }
        }
        Project projected = filterProjection;
        filterProjection = null;
        PlanNode counted = filter != null ? filter : node;
        NodeStats stats = context.statsIfRan(counted);
        NodeStats own = context.statsIfRan(node);
        List<String> output = verbose ? output(node, projection, small) : List.of();
        if (!verbose && projection != null) {
            columns(projection, several); // numbers the subqueries of the select list before those of the quals
        }
        if (node instanceof HashJoin j && own != null && own.lookups) {
            return lookupJoin(j, filter, projected, stats, relationship, output);
        }
        if (filter != null && pseudoconstant(filter.condition()) && !(node instanceof Filter)) {
            // a condition on no column: PostgreSQL's Result with a One-Time Filter over the node
            return result(filter.condition(), relationship, counted, stats, output,
                    node instanceof OneRow ? List.of() : List.of(node(node, null, null, "Outer", small)));
        }
        if (node instanceof TableScan s && s.filter() != null && !s.filter().isConstant() && pseudoconstant(s.filter())
                && !oneTimeFiltered.contains(s)) {
            // a scan whose condition tests uncorrelated subqueries only: PostgreSQL's Result over the scan
            oneTimeFiltered.add(s);
            return result(s.filter(), relationship, counted, stats, output, List.of(node(s, filter, null, "Outer", small)));
        }
        if (node instanceof TableScan s && s.filter() != null && s.filter().isConstant()) {
            // a scan whose condition folded to a constant: PostgreSQL plans a Result alone
            return result(s.filter(), relationship, counted, stats, output, List.of());
        }
        List<ExplainProperty> details = outputProperty(output);
        boolean join = node instanceof NestedLoopJoin || node instanceof HashJoin;
        if (join) {
            details.add(ExplainProperty.structured("Inner Unique", false));
        }
        details.addAll(keys(node));
        // a join's own condition is its Join Filter; a WHERE above an inner join joins it there
        // (PostgreSQL makes it a join qual), above an outer join it is the join's Filter
        List<BoundExpr> filters = new ArrayList<>(ownFilter(node));
        List<BoundExpr> above = filter == null ? List.of() : ExplainExpressions.conjuncts(filter.condition());
        // a filter above a join that a projection reorders (a join built in another order than
        // FROM's) reads the projection's columns
        List<String> aboveColumns = join && projected != null ? upperColumns(projected) : qualColumns(node);
        List<String> texts = new ArrayList<>();
        for (BoundExpr c : filters) {
            texts.add(ExplainExpressions.deparse(c, qualColumns(node)));
        }
        if (join && joinType(node) == JoinType.INNER) {
            for (BoundExpr c : above) {
                texts.add(ExplainExpressions.deparse(c, aboveColumns));
            }
            above = List.of();
        }
        if (!texts.isEmpty()) {
            details.add(ExplainProperty.text(join ? "Join Filter" : "Filter",
                    texts.size() == 1 ? texts.get(0) : "(" + String.join(" AND ", texts) + ")"));
        }
        if (!above.isEmpty()) {
            details.add(ExplainProperty.text("Filter", ExplainExpressions.quals(above, aboveColumns)));
        }
        long removed = own == null ? 0 : own.removed;
        if (filter != null && stats != null && own != null) {
            removed += Math.max(0, own.rows - stats.rows);
        }
        boolean qualified = !texts.isEmpty() || !above.isEmpty();
        boolean shown = removed > 0 && stats != null; // PostgreSQL's text format prints none when it is 0
        if (explain.options().analyze() && (qualified || shown)) {
            String label = join && joinType(node) == JoinType.INNER ? "Rows Removed by Join Filter" : "Rows Removed by Filter";
            long perLoop = stats == null ? 0 : perLoop(removed, stats.loops);
            details.add(new ExplainProperty(label, qualified ? perLoop : null, shown ? label + ": " + perLoop : null));
        }
        List<ExplainSubplans.Subplan> correlated = subplans.take(false);
        List<ExplainNode> children = new ArrayList<>();
        List<PlanNode> inputs = children(node);
        for (int i = 0; i < inputs.size(); i++) {
            PlanNode child = inputs.get(i);
            String childRelationship = node instanceof Append ? "Member" : i == 0 ? "Outer" : "Inner";
            if (node instanceof HashJoin j && context.mergeJoins()) {
                children.add(mergeInput(child, child == j.left() ? j.leftKeys() : j.rightKeys(), childRelationship));
            } else if (node instanceof HashJoin j && child == j.right()) {
                children.add(new ExplainNode("Hash", "Hash", List.of(), "Inner", null, List.of(),
                        estimates == null ? null : estimates.hash(child), context.statsIfRan(child),
                        outputProperty(verbose ? referenced(output(child, null, true)) : List.of()),
                        List.of(node(child, null, null, "Outer", true))));
            } else {
                children.add(node(child, null, null, childRelationship, node instanceof Sort));
            }
        }
        for (ExplainSubplans.Subplan subplan : correlated) {
            children.add(subplan(subplan));
        }
        if (node instanceof WindowAgg w) {
            return windows(w, relationship, cost(counted), stats, details, children);
        }
        return new ExplainNode(title(node), type(node), heading(node), relationship, null, target(node), cost(counted),
                stats, details, children);
    }

    /**
     * A WindowAgg as PostgreSQL plans it: one WindowAgg per window, each over a Sort by its
     * partition and order keys (none when the window has no keys or the window below already
     * sorted by them), the first window lowest, as the executor computes them. Every level shows
     * the node's estimate and actual rows (each passes all rows on).
     */
    private ExplainNode windows(WindowAgg w, String relationship, PlanEstimates.Estimate cost, NodeStats stats,
            List<ExplainProperty> details, List<ExplainNode> inputs) {
        List<String> columns = upperColumns(w.input());
        List<ExplainNode> below = inputs;
        List<String> sortedBy = List.of();
        for (int i = 0; i < w.windows().size(); i++) {
            List<String> keys = windowKeys(w.windows().get(i), columns);
            if (!keys.isEmpty() && !(sortedBy.size() >= keys.size() && sortedBy.subList(0, keys.size()).equals(keys))) {
                below = List.of(new ExplainNode("Sort", "Sort", List.of(), "Outer", null, List.of(), cost, stats,
                        List.of(ExplainProperty.list("Sort Key", keys)), below));
                sortedBy = keys;
            }
            boolean top = i == w.windows().size() - 1;
            below = List.of(new ExplainNode("WindowAgg", "WindowAgg", List.of(), top ? relationship : "Outer", null,
                    List.of(), cost, stats, top ? details : List.of(), below));
        }
        return below.get(0);
    }

    /** A window's partition then order keys as a Sort Key lists them. */
    private static List<String> windowKeys(WindowAgg.Window window, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (BoundExpr e : window.partitionBy()) {
            out.add(sortKeyText(ExplainExpressions.deparse(e, columns), false, false));
        }
        for (int k = 0; k < window.orderBy().length; k++) {
            out.add(sortKeyText(ExplainExpressions.deparse(window.orderBy()[k], columns), window.descending()[k],
                    window.nullsFirst()[k]));
        }
        return out;
    }

    /** PostgreSQL's Result checking {@code condition} once (its One-Time Filter) over {@code children}. */
    private ExplainNode result(BoundExpr condition, String relationship, PlanNode counted, NodeStats stats,
            List<String> output, List<ExplainNode> children) {
        List<ExplainProperty> details = outputProperty(output);
        details.add(ExplainProperty.text("One-Time Filter", ExplainExpressions.deparse(condition, scope(List.of()))));
        return new ExplainNode("Result", "Result", List.of(), relationship, null, List.of(), cost(counted), stats,
                details, children);
    }

    /**
     * Whether a condition reads nothing of the row: constant, or a test of uncorrelated subqueries
     * (an InitPlan's value). PostgreSQL checks it once, as a Result's One-Time Filter.
     */
    private static boolean pseudoconstant(BoundExpr condition) {
        for (BoundExpr c : ExplainExpressions.conjuncts(condition)) {
            boolean once = c.isRowIndependent()
                    || c instanceof io.pglitedb.exec.expr.SubqueryValue s && ExplainSubplans.isInitPlan(s)
                    || c instanceof io.pglitedb.exec.expr.LogicalNot n && n.operand() instanceof io.pglitedb.exec.expr.SubqueryValue s
                            && ExplainSubplans.isInitPlan(s)
                    || c instanceof io.pglitedb.exec.expr.OperatorCall o && o.left() != null && once(o.left()) && once(o.right());
            if (!once) {
                return false;
            }
        }
        return true;
    }

    private static boolean once(BoundExpr e) {
        return e.isRowIndependent() || e instanceof io.pglitedb.exec.expr.SubqueryValue s && ExplainSubplans.isInitPlan(s);
    }

    /** The node's estimated cost, rows and width, unless COSTS OFF. */
    private PlanEstimates.Estimate cost(PlanNode node) {
        return estimates == null ? null : estimates.of(node);
    }

    /** VERBOSE's {@code Output} (none when the node has no columns to show), as a list to add details to. */
    private static List<ExplainProperty> outputProperty(List<String> output) {
        List<ExplainProperty> details = new ArrayList<>();
        if (!output.isEmpty()) {
            details.add(ExplainProperty.list("Output", output));
        }
        return details;
    }

    /**
     * What a node returns, as VERBOSE's {@code Output} shows it (qualified when the plan reads
     * several relations): the projection folded into it, else its own columns: a scan's all
     * (PostgreSQL's physical tlist) unless {@code small}, then those it reads, as a join's; none
     * for an Append (PostgreSQL suppresses it).
     */
    private List<String> output(PlanNode node, Project projection, boolean small) {
        boolean passing = node instanceof Sort || node instanceof Limit || node instanceof DistinctOn;
        if (projection != null && !(passing && selectsColumns(projection))) {
            return columns(projection, several);
        }
        return switch (node) {
            case Append a -> List.of();
            case TableScan s -> small ? read(columns(s, several), s.columns()) : columns(s, several);
            case IndexScan s -> small ? read(columns(s, several), s.columns()) : columns(s, several);
            case PrimaryKeyScan s -> small ? read(columns(s, several), s.columns()) : columns(s, several);
            case KeyLookup s -> small ? read(columns(s, several), s.columns()) : columns(s, several);
            case HashJoin j -> referenced(concat(output(j.left(), null, true), output(j.right(), null, true)));
            case NestedLoopJoin j -> referenced(concat(output(j.left(), null, true), output(j.right(), null, true)));
            case Filter f -> output(f.input(), null, small);
            // a sort asks its input for the columns it needs only; what passes through is referred to
            case Sort s -> referenced(output(s.input(), null, true));
            case Limit l -> referenced(output(l.input(), null, small));
            case Distinct d -> referenced(columns(d, several));
            case DistinctOn d -> referenced(output(d.input(), null, small));
            default -> columns(node, several);
        };
    }

    /** A node's columns as its quals print them: a scan's qualified under VERBOSE only (show_scan_qual), others' also when the plan reads several relations. */
    private List<String> qualColumns(PlanNode node) {
        boolean scan = ExplainScanConditions.table(node) != null || node instanceof SystemScan || node instanceof FunctionScan
                || node instanceof ValuesScan || node instanceof CteScan || node instanceof WorkTableScan;
        return columns(node, verbose || !scan && several);
    }

    /** A node's columns as its parent's keys and conditions print them (show_upper_qual). */
    private List<String> upperColumns(PlanNode node) {
        return columns(node, verbose || several);
    }

    /**
     * Whether a projection only picks columns: above a Sort or Limit, PostgreSQL does not project
     * then, and the columns only sorted by stay in the node's Output (its resjunk columns).
     */
    private static boolean selectsColumns(Project projection) {
        for (BoundExpr e : projection.expressions()) {
            if (!(e instanceof io.pglitedb.exec.expr.ColumnValue)) {
                return false;
            }
        }
        return true;
    }

    /** The columns a scan reads ({@code read} null: all of them). */
    private static List<String> read(List<String> columns, boolean[] read) {
        if (read == null) {
            return columns;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (i < read.length && read[i]) {
                out.add(columns.get(i));
            }
        }
        return out;
    }

    private static JoinType joinType(PlanNode node) {
        return switch (node) {
            case NestedLoopJoin j -> j.type();
            case HashJoin j -> j.type();
            default -> null;
        };
    }

    /**
     * The conditions a node applies itself, printed as its Filter: a scan's WHERE less what its
     * index reads (its Index Cond), a join's condition less its hash keys.
     */
    private List<BoundExpr> ownFilter(PlanNode node) {
        if (oneTimeFiltered.contains(node)) {
            return List.of(); // shown on the Result above it
        }
        return switch (node) {
            case NestedLoopJoin j -> ExplainExpressions.conjuncts(j.condition());
            case HashJoin j -> ExplainExpressions.conjuncts(j.residual());
            default -> ExplainScanConditions.filter(node);
        };
    }

    /** A scan's columns, qualified by its alias (or table name) when {@code qualify}. */
    private List<String> scanColumns(PlanNode scan, boolean qualify) {
        TableDescriptor table = ExplainScanConditions.table(scan);
        String alias = TableScans.alias(scan);
        return ExplainScanConditions.columnNames(table, qualify ? (alias != null ? alias : table.name()) : null);
    }

    /**
     * How each output column of a node prints in its parent's detail lines: a relation's columns
     * (qualified by it when {@code qualify}), a projection's expressions, an aggregate's keys and
     * calls; {@code ?} where unknown.
     */
    private List<String> columns(PlanNode node, boolean qualify) {
        java.util.Map<PlanNode, List<String>> known = qualify ? qualifiedColumns : unqualifiedColumns;
        List<String> columns = known.get(node);
        if (columns == null) {
            List<String> names = columnsOf(node, qualify);
            columns = names instanceof ExplainSubplans.Scope ? names
                    : new ExplainSubplans.Scope(names, subplans, qualify ? names : columns(node, true));
            known.put(node, columns);
        }
        return columns;
    }

    /** Column names that deparse the subqueries among the expressions over them as this plan numbers them. */
    private List<String> scope(List<String> columns) {
        return scope(columns, columns);
    }

    /** {@link #scope(List)} of columns whose qualified names are {@code qualified}. */
    private List<String> scope(List<String> columns, List<String> qualified) {
        return columns instanceof ExplainSubplans.Scope ? columns : new ExplainSubplans.Scope(columns, subplans, qualified);
    }

    private List<String> columnsOf(PlanNode node, boolean qualify) {
        return switch (node) {
            case TableScan s -> scanColumns(s, qualify);
            case SystemColumnsScan s -> {
                String qualifier = qualify ? (s.alias() != null ? s.alias() : s.table().name()) + "." : "";
                yield concat(scanColumns(s, qualify), List.of(qualifier + "ctid", qualifier + "xmin"));
            }
            case IndexScan s -> scanColumns(s, qualify);
            case PrimaryKeyScan s -> scanColumns(s, qualify);
            case KeyLookup s -> scanColumns(s, qualify);
            case Filter f -> columns(f.input(), qualify);
            case Sort s -> columns(s.input(), qualify);
            case Limit l -> columns(l.input(), qualify);
            case Distinct d -> columns(d.input(), qualify);
            case DistinctOn d -> columns(d.input(), qualify);
            case Project p -> deparseAll(p.expressions(), columns(p.input(), qualify));
            case SystemScan s -> ExplainScanConditions.columnNames(s.relation().descriptor(),
                    qualify ? (s.alias() != null ? s.alias() : s.relation().name()) : null);
            case FunctionScan s -> {
                String relation = s.alias() != null ? s.alias() : s.function().name();
                List<String> out = new ArrayList<>();
                for (String column : s.columnNames()) {
                    out.add(qualify ? relation + "." + column : column);
                }
                yield out;
            }
            case ValuesScan v -> {
                List<String> out = new ArrayList<>();
                for (int i = 1; i <= v.width(); i++) {
                    out.add(qualify ? "\"*VALUES*\".column" + i : "column" + i);
                }
                yield out;
            }
            case Append a -> a.inputs().isEmpty() ? List.of() : columns(a.inputs().get(0), qualify);
            case SetOp o -> columns(o.left(), qualify);
            case RecursiveUnion r -> columns(r.initial(), qualify);
            case CteScan c -> columns(c.query(), qualify);
            case WindowAgg w -> columns(w.input(), qualify); // then its functions, which print as ?
            case ProjectSet p -> deparseAll(p.expressions(), columns(p.input(), qualify));
            // a join's columns are its inputs', a computed one referred to in parentheses
            case HashJoin j -> referenced(concat(columns(j.left(), qualify), columns(j.right(), qualify)));
            case NestedLoopJoin j -> referenced(concat(columns(j.left(), qualify), columns(j.right(), qualify)));
            case Aggregate a -> {
                List<String> input = columns(a.input(), qualify);
                List<String> out = deparseAll(a.groupKeys(), input);
                for (io.pglitedb.sql.plan.AggregateCall call : a.aggregates()) {
                    out.add(aggregate(call, input));
                }
                yield out;
            }
            default -> List.of();
        };
    }

    private static List<String> deparseAll(BoundExpr[] expressions, List<String> input) {
        List<String> out = new ArrayList<>();
        for (BoundExpr e : expressions) {
            out.add(ExplainExpressions.deparse(e, input));
        }
        return out;
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

    /** How many relations the plan reads (PostgreSQL's range table): more than one, and columns are qualified by theirs. */
    private static int relations(PlanNode node) {
        int n = switch (node) {
            case TableScan s -> 1;
            case SystemColumnsScan s -> 1;
            case IndexScan s -> 1;
            case PrimaryKeyScan s -> 1;
            case KeyLookup s -> 1;
            case SystemScan s -> 1;
            case FunctionScan s -> 1;
            // a VALUES list in FROM is two of PostgreSQL's range table entries: the subquery and *VALUES*
            case ValuesScan s -> 2;
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
    /**
     * A hash join that ran as index lookups, as the nested loop PostgreSQL would show: its inner
     * Index Scan reads the lookup keys (Index Cond) and applies the side's own filter, the join's
     * residual condition and the WHERE terms above the (inner) join as one Filter, the inner
     * columns unqualified as in PostgreSQL's parameterized scan.
     */
    private ExplainNode lookupJoin(HashJoin j, Filter above, Project projected, NodeStats stats, String relationship,
            List<String> output) {
        NodeStats rightScan = j.rightLookup() == null ? null : context.statsIfRan(j.rightLookup().scan());
        boolean lookupRight = rightScan != null && rightScan.loops > 0;
        HashJoin.Lookup lookup = lookupRight ? j.rightLookup() : j.leftLookup();
        PlanNode outerSide = lookupRight ? j.left() : j.right();
        PlanNode innerSide = lookupRight ? j.right() : j.left();
        ExplainNode outer = node(outerSide, null, null, "Outer", false);
        TableDescriptor table = ExplainScanConditions.table(lookup.scan());
        int[] columns = lookup.scan() instanceof IndexScan s ? s.index().columns() : table.primaryKey();
        List<String> conds = new ArrayList<>();
        BoundExpr[] outerKeys = lookupRight ? j.leftKeys() : j.rightKeys();
        List<String> outerColumns = upperColumns(outerSide);
        for (int i = 0; i < lookup.keys().length; i++) {
            // the index column unqualified (PostgreSQL prints it as the index's own column)
            conds.add(table.columns().get(columns[i]).name() + " = "
                    + ExplainExpressions.deparse(outerKeys[lookup.keys()[i]], outerColumns));
        }
        List<String> filters = new ArrayList<>();
        for (BoundExpr c : ownFilter(lookup.scan())) {
            filters.add(ExplainExpressions.deparse(c, qualColumns(lookup.scan())));
        }
        List<String> innerColumns = columns(innerSide, verbose);
        List<String> innerQualified = columns(innerSide, true);
        List<String> outerQualified = columns(outerSide, true);
        List<String> joined = lookupRight
                ? scope(concat(outerColumns, innerColumns), concat(outerQualified, innerQualified))
                : scope(concat(innerColumns, outerColumns), concat(innerQualified, outerQualified));
        for (BoundExpr c : ownFilter(j)) {
            filters.add(ExplainExpressions.deparse(c, joined));
        }
        if (above != null) {
            List<String> aboveColumns = projected != null ? upperColumns(projected) : joined;
            for (BoundExpr c : ExplainExpressions.conjuncts(above.condition())) {
                filters.add(ExplainExpressions.deparse(c, aboveColumns));
            }
        }
        NodeStats scanStats = context.statsIfRan(lookup.scan());
        List<ExplainProperty> scanDetails = outputProperty(verbose ? output(lookup.scan(), null, false) : List.of());
        scanDetails.add(ExplainProperty.text("Index Cond", ExplainScanConditions.conditions(indexQualified(lookup.scan(), conds))));
        if (!filters.isEmpty()) {
            scanDetails.add(ExplainProperty.text("Filter",
                    filters.size() == 1 ? filters.get(0) : "(" + String.join(" AND ", filters) + ")"));
            if (explain.options().analyze() && scanStats != null) {
                NodeStats own = context.statsIfRan(j);
                long removed = scanStats.removed + (own == null ? 0 : own.removed);
                if (above != null && stats != null && own != null) {
                    removed += Math.max(0, own.rows - stats.rows);
                }
                // PostgreSQL's text format omits a zero count; the structured formats keep it
                long perLoop = perLoop(removed, scanStats.loops);
                String label = "Rows Removed by Filter";
                scanDetails.add(new ExplainProperty(label, perLoop, removed > 0 ? label + ": " + perLoop : null));
            }
        }
        List<ExplainNode> subplanNodes = new ArrayList<>(); // those its Filter runs hang under it
        for (ExplainSubplans.Subplan subplan : subplans.take(false)) {
            subplanNodes.add(subplan(subplan));
        }
        ExplainNode inner = new ExplainNode(title(lookup.scan()), type(lookup.scan()), List.of(), "Inner", null,
                target(lookup.scan()), cost(lookup.scan()), scanStats, scanDetails, subplanNodes);
        List<ExplainProperty> details = outputProperty(output);
        details.add(ExplainProperty.structured("Inner Unique", false));
        return new ExplainNode("Nested Loop", "Nested Loop", List.of(), relationship, null,
                List.of(ExplainProperty.structured("Join Type", "Inner")), cost(j), stats, details, List.of(outer, inner));
    }

    /** A merge join's input: the Sort by its join keys that {@link MergeJoinIterator} runs over it. */
    private ExplainNode mergeInput(PlanNode input, BoundExpr[] keys, String relationship) {
        List<String> keyTexts = new ArrayList<>();
        for (BoundExpr key : keys) {
            keyTexts.add(ExplainExpressions.deparse(key, upperColumns(input)));
        }
        List<String> output = verbose ? referenced(output(input, null, true)) : List.of();
        List<ExplainProperty> details = outputProperty(output);
        details.add(ExplainProperty.list("Sort Key", keyTexts));
        return new ExplainNode("Sort", "Sort", List.of(), relationship, null, List.of(),
                estimates == null ? null : estimates.sort(input), context.statsIfRan(input), details,
                List.of(node(input, null, null, "Outer", true)));
    }

    /** Sort keys as PostgreSQL lists them: {@code t.a DESC, b NULLS FIRST}. */
    private static List<String> sortKeys(List<io.pglitedb.sql.plan.SortKey> keys, List<String> input) {
        List<String> out = new ArrayList<>();
        for (io.pglitedb.sql.plan.SortKey k : keys) {
            out.add(sortKeyText(k.column() < input.size() ? input.get(k.column()) : "?", k.descending(), k.nullsFirst()));
        }
        return out;
    }

    private static String sortKeyText(String text, boolean descending, boolean nullsFirst) {
        if (text.contains("(") || text.contains(" ")) {
            text = "(" + text + ")"; // an expression, not a column: PostgreSQL parenthesizes it
        }
        if (descending) {
            text += nullsFirst ? " DESC" : " DESC NULLS LAST";
        } else if (nullsFirst) {
            text += " NULLS FIRST";
        }
        return text;
    }

    private static long perLoop(long total, long loops) {
        return loops == 0 ? 0 : Math.round((double) total / loops);
    }

    private static String joinName(String method, JoinType type) {
        return method + switch (type) {
            case INNER -> " Join";
            case LEFT -> " Left Join";
            case RIGHT -> " Right Join";
            case FULL -> " Full Join";
        };
    }

    private static String joinTypeName(JoinType type) {
        return switch (type) {
            case INNER -> "Inner";
            case LEFT -> "Left";
            case RIGHT -> "Right";
            case FULL -> "Full";
        };
    }

    /** {@code schema.name} under VERBOSE, else the name. */
    private String qualified(String schema, String name) {
        return verbose && schema != null ? schema + "." + name : name;
    }

    /** The name the query gave a scanned table (null: its own name). */
    private String alias(PlanNode scan) {
        TableDescriptor table = ExplainScanConditions.table(scan);
        String alias = TableScans.alias(scan);
        if (alias == null && explain.modification() instanceof InsertPlan insert && insert.table().oid() == table.oid()) {
            alias = table.name() + "_1"; // PostgreSQL's unique name for the target table read again
        }
        return alias;
    }

    /** A scanned table as PostgreSQL names it: {@code tenk1}, {@code tenk1 t1} under an alias. */
    private String relation(PlanNode scan) {
        TableDescriptor table = ExplainScanConditions.table(scan);
        String alias = alias(scan);
        String name = qualified(table.schema(), table.name());
        return alias == null || alias.equals(table.name()) ? name : name + " " + alias;
    }

    /** Relation Name, Schema (VERBOSE) and Alias of a relation a node reads or modifies. */
    private List<ExplainProperty> relationTarget(TableDescriptor table, String alias) {
        return relationTarget(table.schema(), table.name(), alias);
    }

    private List<ExplainProperty> relationTarget(String schema, String name, String alias) {
        List<ExplainProperty> target = new ArrayList<>();
        target.add(ExplainProperty.structured("Relation Name", name));
        if (verbose) {
            target.add(ExplainProperty.structured("Schema", schema));
        }
        target.add(ExplainProperty.structured("Alias", alias != null ? alias : name));
        return target;
    }

    /** The node's name in the text format, with what it reads. */
    private String title(PlanNode node) {
        return switch (node) {
            case TableScan s -> "Seq Scan on " + relation(s);
            case SystemColumnsScan s -> (s.tid() != null ? "Tid Scan on " : "Seq Scan on ") + relation(s);
            case IndexScan s -> "Index Scan using " + s.index().name() + " on " + relation(s);
            case PrimaryKeyScan s -> "Index Scan using " + s.table().primaryKeyName() + " on " + relation(s);
            case KeyLookup s -> "Index Scan using " + s.table().primaryKeyName() + " on " + relation(s);
            case SystemScan s -> "Seq Scan on " + qualified("pg_catalog", s.relation().descriptor().name())
                    + (s.alias() == null || s.alias().equals(s.relation().descriptor().name()) ? "" : " " + s.alias());
            case FunctionScan s -> "Function Scan on " + qualified("pg_catalog", s.function().name())
                    + (s.alias() == null ? "" : " " + s.alias());
            case ValuesScan s when isResult(s) -> "Result";
            case ValuesScan s -> "Values Scan on \"*VALUES*\"";
            case HashJoin j -> joinName(context.mergeJoins() ? "Merge" : "Hash", j.type());
            case NestedLoopJoin j -> j.type() == JoinType.INNER ? "Nested Loop" : joinName("Nested Loop", j.type());
            case Aggregate a -> a.groupKeys().length == 0 ? "Aggregate" : "HashAggregate";
            case GroupingSetsAggregate a -> "GroupAggregate";
            case Distinct d -> "HashAggregate";
            case SetOp s -> "HashSetOp " + setOpCommand(s);
            case CteScan c -> "CTE Scan on " + c.name();
            default -> type(node);
        };
    }

    /** INSERT's one VALUES row is PostgreSQL's Result. */
    private boolean isResult(ValuesScan s) {
        return s.rows().size() == 1 && s == explain.plan() && explain.modification() != null;
    }

    private static String setOpCommand(SetOp s) {
        return (s.kind() == SetOp.Kind.INTERSECT ? "Intersect" : "Except") + (s.all() ? " All" : "");
    }

    /** The node's type in the JSON, YAML and XML formats ({@code Node Type}). */
    private String type(PlanNode node) {
        return switch (node) {
            case TableScan s -> "Seq Scan";
            case SystemColumnsScan s -> s.tid() != null ? "Tid Scan" : "Seq Scan";
            case IndexScan s -> "Index Scan";
            case PrimaryKeyScan s -> "Index Scan";
            case KeyLookup s -> "Index Scan";
            case SystemScan s -> "Seq Scan";
            case FunctionScan s -> "Function Scan";
            case ValuesScan s when isResult(s) -> "Result";
            case ValuesScan s -> "Values Scan";
            case OneRow o -> "Result";
            case HashJoin j -> context.mergeJoins() ? "Merge Join" : "Hash Join";
            case NestedLoopJoin j -> "Nested Loop";
            case Aggregate a -> "Aggregate";
            case GroupingSetsAggregate a -> "Aggregate";
            case Distinct d -> "Aggregate";
            case Sort s -> "Sort";
            case Limit l -> "Limit";
            case DistinctOn d -> "Unique";
            case Append a -> "Append";
            case SetOp s -> "SetOp";
            case RecursiveUnion r -> "Recursive Union";
            case WorkTableScan w -> "WorkTable Scan";
            case CteScan c -> "CTE Scan";
            case WindowAgg w -> "WindowAgg";
            case ProjectSet p -> "ProjectSet";
            default -> node.getClass().getSimpleName();
        };
    }

    /** Strategy and Partial Mode of an aggregate or set operation. */
    private static List<ExplainProperty> heading(PlanNode node) {
        String strategy = switch (node) {
            case Aggregate a -> a.groupKeys().length == 0 ? "Plain" : "Hashed";
            case GroupingSetsAggregate a -> "Sorted";
            case Distinct d -> "Hashed";
            case SetOp s -> "Hashed";
            default -> null;
        };
        if (strategy == null) {
            return List.of();
        }
        List<ExplainProperty> heading = new ArrayList<>();
        heading.add(ExplainProperty.structured("Strategy", strategy));
        if (!(node instanceof SetOp)) {
            heading.add(ExplainProperty.structured("Partial Mode", "Simple"));
        }
        return heading;
    }

    /** What a node reads (Relation Name, Index Name, Function Name, CTE Name, Alias) or how it joins. */
    private List<ExplainProperty> target(PlanNode node) {
        List<ExplainProperty> target = new ArrayList<>();
        switch (node) {
            case TableScan s -> target.addAll(relationTarget(s.table(), alias(s)));
            case SystemColumnsScan s -> target.addAll(relationTarget(s.table(), alias(s)));
            case IndexScan s -> indexTarget(target, s.index().name(), s);
            case PrimaryKeyScan s -> indexTarget(target, s.table().primaryKeyName(), s);
            case KeyLookup s -> indexTarget(target, s.table().primaryKeyName(), s);
            case SystemScan s -> target.addAll(relationTarget("pg_catalog", s.relation().descriptor().name(), s.alias()));
            case FunctionScan s -> {
                target.add(ExplainProperty.structured("Function Name", s.function().name()));
                if (verbose) {
                    target.add(ExplainProperty.structured("Schema", "pg_catalog"));
                }
                target.add(ExplainProperty.structured("Alias", s.alias() != null ? s.alias() : s.function().name()));
            }
            case ValuesScan s when isResult(s) -> {
            }
            case ValuesScan s -> target.add(ExplainProperty.structured("Alias", "*VALUES*"));
            case CteScan c -> {
                target.add(ExplainProperty.structured("CTE Name", c.name()));
                target.add(ExplainProperty.structured("Alias", c.name()));
            }
            case HashJoin j -> target.add(ExplainProperty.structured("Join Type", joinTypeName(j.type())));
            case NestedLoopJoin j -> target.add(ExplainProperty.structured("Join Type", joinTypeName(j.type())));
            case SetOp s -> target.add(ExplainProperty.structured("Command", setOpCommand(s)));
            default -> {
            }
        }
        return target;
    }

    private void indexTarget(List<ExplainProperty> target, String index, PlanNode scan) {
        target.add(ExplainProperty.structured("Scan Direction", "Forward"));
        target.add(ExplainProperty.structured("Index Name", index));
        target.addAll(relationTarget(ExplainScanConditions.table(scan), alias(scan)));
    }

    /** The properties before a node's Filter: Hash Cond, Sort Key and Method, Group Key, Index Cond. */
    private List<ExplainProperty> keys(PlanNode node) {
        switch (node) {
            case HashJoin j -> {
                List<String> left = upperColumns(j.left());
                List<String> right = upperColumns(j.right());
                List<String> conds = new ArrayList<>();
                for (int i = 0; i < j.leftKeys().length; i++) {
                    conds.add(ExplainExpressions.deparse(j.leftKeys()[i], left) + " = "
                            + ExplainExpressions.deparse(j.rightKeys()[i], right));
                }
                return List.of(ExplainProperty.text(context.mergeJoins() ? "Merge Cond" : "Hash Cond",
                        ExplainScanConditions.conditions(conds)));
            }
            case Sort s -> {
                List<ExplainProperty> keys = new ArrayList<>();
                keys.add(ExplainProperty.list("Sort Key", sortKeys(s.keys(), upperColumns(s.input()))));
                NodeStats stats = context.statsIfRan(s);
                if (explain.options().analyze() && stats != null && stats.sortMethod != null) {
                    String type = stats.sortMethod.equals("external merge") ? "Disk" : "Memory";
                    long kilobytes = (stats.sortSpace + 1023) / 1024;
                    keys.add(new ExplainProperty("Sort Method", stats.sortMethod,
                            "Sort Method: " + stats.sortMethod + "  " + type + ": " + kilobytes + "kB"));
                    keys.add(ExplainProperty.structured("Sort Space Used", kilobytes));
                    keys.add(ExplainProperty.structured("Sort Space Type", type));
                }
                return keys;
            }
            case Aggregate a when a.groupKeys().length > 0 -> {
                return List.of(ExplainProperty.list("Group Key", deparseAll(a.groupKeys(), upperColumns(a.input()))));
            }
            case Distinct d -> {
                List<String> input = upperColumns(d.input());
                return input.isEmpty() ? List.of() : List.of(ExplainProperty.list("Group Key", input));
            }
            case SystemColumnsScan s when s.tidCondition() != null -> {
                return List.of(ExplainProperty.text("TID Cond",
                        ExplainExpressions.deparse(s.tidCondition(), qualColumns(s))));
            }
            case Append a -> {
                // PostgreSQL counts the members partition pruning removed; we remove none
                return List.of(ExplainProperty.structured("Subplans Removed", 0L));
            }
            default -> {
                List<String> conds = ExplainScanConditions.indexConds(node, scope(List.of()));
                return conds.isEmpty() ? List.of()
                        : List.of(ExplainProperty.text("Index Cond", ExplainScanConditions.conditions(indexQualified(node, conds))));
            }
        }
    }

    /**
     * Index Cond terms under VERBOSE, their index column qualified by the scan's alias
     * ({@code t.a = 5}); an expression index's column stays as it is.
     */
    private List<String> indexQualified(PlanNode scan, List<String> conds) {
        if (!verbose) {
            return conds;
        }
        String alias = alias(scan);
        String qualifier = alias != null ? alias : ExplainScanConditions.table(scan).name();
        List<String> out = new ArrayList<>();
        for (String c : conds) {
            int space = c.indexOf(' ');
            boolean column = space > 0 && IDENTIFIER.matcher(c).region(0, space).matches();
            out.add(column ? qualifier + "." + c : c);
        }
        return out;
    }

    /** An unquoted name (compiled once: EXPLAIN tests every output column against these). */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    /** A column reference, maybe qualified: {@code a}, {@code t.a}, {@code "T".a}. */
    private static final java.util.regex.Pattern COLUMN_REFERENCE =
            java.util.regex.Pattern.compile("(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)(\\.[A-Za-z_][A-Za-z0-9_$]*)?");

    /**
     * A child's output columns as its parent refers to them: one that is an expression, not a
     * column, in parentheses (PostgreSQL's ruleutils does so for a reference to a computed column),
     * once: a reference to a reference stays as it is.
     */
    private List<String> referenced(List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            String reference = references.contains(c)
                    || COLUMN_REFERENCE.matcher(c).matches() ? c : "(" + c + ")";
            references.add(reference);
            out.add(reference);
        }
        return out;
    }

    static List<PlanNode> children(PlanNode node) {
        return switch (node) {
            case HashJoin j -> List.of(j.left(), j.right());
            case NestedLoopJoin j -> List.of(j.left(), j.right());
            case Aggregate a -> List.of(a.input());
            case GroupingSetsAggregate a -> List.of(a.input());
            case Sort s -> List.of(s.input());
            case Limit l -> List.of(l.input());
            case Distinct d -> List.of(d.input());
            case DistinctOn d -> List.of(d.input());
            case Append a -> a.inputs();
            case SetOp s -> List.of(s.left(), s.right());
            case RecursiveUnion r -> List.of(r.initial(), r.recursive());
            case CteScan c -> List.of(c.query());
            case WindowAgg w -> List.of(w.input());
            case ProjectSet p -> List.of(p.input());
            default -> List.of();
        };
    }
}
