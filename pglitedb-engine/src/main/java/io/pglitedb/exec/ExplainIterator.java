package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
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
import io.pglitedb.sql.plan.ValuesScan;
import io.pglitedb.sql.plan.WindowAgg;
import io.pglitedb.sql.plan.WorkTableScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPLAIN [ANALYZE]: the plan as PostgreSQL prints it without costs ({@code Seq Scan on t},
 * {@code Index Scan using i on t} with its {@code Index Cond}, {@code Hash Join} over a
 * {@code Hash}, ...). Projections are not nodes of their own (as in PostgreSQL), nor are filters:
 * a filter's rows are its input's, with {@code Rows Removed by Filter} under ANALYZE. A hash join
 * that ran as index lookups shows as the {@code Nested Loop} it was.
 */
final class ExplainIterator implements RowIterator {
    private final List<String> lines = new ArrayList<>();
    private final ExecContext context;
    private final ExplainOutput explain;
    private int next;

    ExplainIterator(ExplainOutput explain, ExecContext context) {
        this.explain = explain;
        this.context = context;
        double millis = 0;
        if (explain.analyze()) {
            context.instrument(explain.timing());
            long start = System.nanoTime();
            try (RowIterator rows = Executor.open(explain.plan(), context)) {
                while (rows.next() != null) {
                    context.checkCancelled();
                }
            }
            millis = (System.nanoTime() - start) / 1e6;
        }
        node(explain.plan(), 0, null);
        if (explain.analyze()) {
            lines.add(String.format(Locale.ROOT, "Execution Time: %.3f ms", millis));
        }
    }

    @Override
    public Object[] next() {
        return next < lines.size() ? new Object[] {lines.get(next++)} : null;
    }

    @Override
    public void close() {
    }

    /**
     * Prints a node at a depth; {@code removed} carries the filter above it (whose rows are shown
     * instead of the node's).
     */
    private void node(PlanNode node, int depth, Filter filter) {
        switch (node) {
            case Project p -> {
                node(p.input(), depth, filter);
                return;
            }
            case Filter f -> {
                node(f.input(), depth, f);
                return;
            }
            default -> {
            }
        }
        PlanNode counted = filter != null ? filter : node;
        String indent = depth == 0 ? "" : " ".repeat(6 * depth - 4) + "->  ";
        String detail = " ".repeat(depth == 0 ? 2 : 6 * depth + 2);
        NodeStats stats = context.statsIfRan(counted);
        NodeStats own = context.statsIfRan(node);
        if (node instanceof HashJoin j && own != null && own.lookups) {
            lookupJoin(j, depth, indent, detail, stats);
            return;
        }
        lines.add(indent + name(node) + actual(stats, counted));
        details(node, detail);
        if (filter != null && stats != null) {
            NodeStats input = context.statsIfRan(node);
            if (input != null && input.rows > stats.rows) { // PostgreSQL prints none when it is 0
                lines.add(detail + "Rows Removed by Filter: " + perLoop(input.rows - stats.rows, stats.loops));
            }
        }
        for (PlanNode child : children(node)) {
            if (node instanceof HashJoin j && child == j.right()) {
                lines.add(" ".repeat(6 * (depth + 1) - 4) + "->  Hash" + actual(context.statsIfRan(child), child));
                node(child, depth + 2, null);
            } else {
                node(child, depth + 1, null);
            }
        }
    }

    /** A hash join that ran as a nested loop: the small side, then the index scan done per row. */
    private void lookupJoin(HashJoin j, int depth, String indent, String detail, NodeStats stats) {
        NodeStats rightScan = j.rightLookup() == null ? null : context.statsIfRan(j.rightLookup().scan());
        boolean lookupRight = rightScan != null && rightScan.loops > 0;
        HashJoin.Lookup lookup = lookupRight ? j.rightLookup() : j.leftLookup();
        lines.add(indent + "Nested Loop" + actual(stats, j));
        node(lookupRight ? j.left() : j.right(), depth + 1, null);
        lines.add(" ".repeat(6 * (depth + 1) - 4) + "->  " + name(lookup.scan())
                + actual(context.statsIfRan(lookup.scan()), lookup.scan()));
        TableDescriptor table = table(lookup.scan());
        int[] columns = lookup.scan() instanceof IndexScan s ? s.index().columns() : table.primaryKey();
        List<String> conds = new ArrayList<>();
        for (int i = 0; i < lookup.keys().length; i++) {
            conds.add(table.columns().get(columns[i]).name() + " = outer");
        }
        lines.add(" ".repeat(6 * (depth + 1) + 2) + "Index Cond: " + conditions(conds));
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

    private static String name(PlanNode node) {
        return switch (node) {
            case TableScan s -> "Seq Scan on " + s.table().name();
            case IndexScan s -> "Index Scan using " + s.index().name() + " on " + s.table().name();
            case PrimaryKeyScan s -> "Index Scan using " + s.table().primaryKeyName() + " on " + s.table().name();
            case KeyLookup s -> "Index Scan using " + s.table().primaryKeyName() + " on " + s.table().name();
            case SystemScan s -> "Seq Scan on " + s.relation().descriptor().name();
            case FunctionScan s -> "Function Scan on " + s.function().name();
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

    /** Index Cond of index and primary key scans whose bounds are constants. */
    private void details(PlanNode node, String detail) {
        TableDescriptor table = table(node);
        List<String> conds = new ArrayList<>();
        switch (node) {
            case IndexScan s -> {
                if (s.ranges().size() == 1) {
                    range(table, s.index(), s.ranges().get(0), conds);
                } else {
                    String column = columnName(table, s.index(), 0);
                    List<String> values = new ArrayList<>();
                    for (IndexScan.Range r : s.ranges()) {
                        values.add(r.equal().length == 1 ? literal(r.equal()[0]) : "?");
                    }
                    conds.add(column + " = ANY ('{" + String.join(",", values).replace("'", "") + "}')");
                }
            }
            case PrimaryKeyScan s -> range(table, table.primaryKey(), null, s.range(), conds);
            case KeyLookup s -> {
                if (s.keys().size() == 1) {
                    int[] pk = table.primaryKey();
                    for (int i = 0; i < pk.length; i++) {
                        conds.add(table.columns().get(pk[i]).name() + " = " + literal(s.keys().get(0)[i]));
                    }
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

    /** A bound as PostgreSQL prints a constant: numbers bare, others quoted with their type. */
    private static String literal(BoundExpr e) {
        if (!(e instanceof Constant c) || c.value() == null) {
            return e instanceof Constant ? "NULL" : "$?";
        }
        String text = c.type().type().toText(c.value(), c.type().typmod());
        String type = c.type().displayName();
        if (type.equals("integer") || type.equals("bigint") || type.equals("smallint") || type.equals("numeric")) {
            return text;
        }
        return "'" + text.replace("'", "''") + "'::" + type;
    }

    private static TableDescriptor table(PlanNode node) {
        return switch (node) {
            case IndexScan s -> s.table();
            case PrimaryKeyScan s -> s.table();
            case KeyLookup s -> s.table();
            case TableScan s -> s.table();
            default -> null;
        };
    }

    private static List<PlanNode> children(PlanNode node) {
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
