package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TableStatistics;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.OperatorCall;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.Distinct;
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
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.types.DataType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * EXPLAIN's {@code (cost=S..T rows=N width=W)} of each plan node, in PostgreSQL's units
 * (seq_page_cost 1, cpu_tuple_cost 0.01, cpu_operator_cost 0.0025, random_page_cost 4) and after
 * its cost formulas in a simplified form: a table's rows are ANALYZE's count (1000 before any
 * ANALYZE), a condition's selectivity PostgreSQL's defaults per term (0.005 for an equality, 1/3
 * for an inequality, 0.5 otherwise), a group or join key has at most 200 distinct values
 * (DEFAULT_NUM_DISTINCT). Widths are ANALYZE's average column widths, else the type's length
 * (32 for variable-length types, as get_typavgwidth guesses). The numbers are estimates for
 * reading a plan, not PostgreSQL's: our planner does not choose by them.
 */
final class PlanEstimates {
    /** One node's estimate. */
    record Estimate(double startup, double total, double rows, int width) {
    }

    private static final double SEQ_PAGE = 1;
    private static final double RANDOM_PAGE = 4;
    private static final double CPU_TUPLE = 0.01;
    private static final double CPU_OPERATOR = 0.0025;
    private static final double UNANALYZED_ROWS = 1000;
    private static final double DEFAULT_DISTINCT = 200;
    private static final int PAGE = 8192;
    private static final int TUPLE_HEADER = 28;

    private final ExecContext context;
    private final Map<PlanNode, Estimate> estimates = new IdentityHashMap<>();

    PlanEstimates(ExecContext context) {
        this.context = context;
    }

    Estimate of(PlanNode node) {
        Estimate e = estimates.get(node);
        if (e == null) {
            e = compute(node);
            e = new Estimate(e.startup(), e.total(), Math.max(1, e.rows()), e.width()); // PostgreSQL's clamp_row_est
            estimates.put(node, e);
        }
        return e;
    }

    /** A hash join's Hash node: its input read whole before the first row comes out. */
    Estimate hash(PlanNode input) {
        Estimate in = of(input);
        return new Estimate(in.total(), in.total(), in.rows(), in.width());
    }

    /** A sort of {@code input}'s rows (a Sort node, a merge join's input). */
    Estimate sort(PlanNode input) {
        Estimate in = of(input);
        double n = Math.max(2, in.rows());
        double startup = in.total() + 2 * CPU_OPERATOR * n * (Math.log(n) / Math.log(2));
        return new Estimate(startup, startup + CPU_OPERATOR * n, in.rows(), in.width());
    }

    /** {@code  (cost=0.00..35.50 rows=2550 width=4)}, as PostgreSQL prints it after a node's name. */
    static String format(Estimate e) {
        return String.format(java.util.Locale.ROOT, "  (cost=%.2f..%.2f rows=%d width=%d)", e.startup(), e.total(),
                Math.round(e.rows()), e.width());
    }

    private Estimate compute(PlanNode node) {
        return switch (node) {
            case TableScan s -> {
                double n = tableRows(s.table());
                double pages = Math.max(1, Math.ceil(n * (width(s.table()) + TUPLE_HEADER) / PAGE));
                double total = pages * SEQ_PAGE + n * (CPU_TUPLE + CPU_OPERATOR * terms(s.filter()));
                yield new Estimate(0, total, n * selectivity(s.filter()), width(s.table()));
            }
            case io.pglitedb.sql.plan.SystemColumnsScan s -> compute(new TableScan(s.table(), null));
            case IndexScan s -> indexScan(s.table(), s.filter());
            case PrimaryKeyScan s -> indexScan(s.table(), s.filter());
            case KeyLookup s -> {
                double n = s.keys().size(); // one row per key at most
                double startup = 0.29;
                yield new Estimate(startup, startup + n * (RANDOM_PAGE + CPU_TUPLE + CPU_OPERATOR), n, width(s.table()));
            }
            case Filter f -> {
                Estimate in = of(f.input());
                yield new Estimate(in.startup(), in.total() + in.rows() * CPU_OPERATOR * terms(f.condition()),
                        in.rows() * selectivity(f.condition()), in.width());
            }
            case Project p -> {
                Estimate in = of(p.input());
                yield new Estimate(in.startup(), in.total() + in.rows() * CPU_OPERATOR * p.expressions().length,
                        in.rows(), width(p.expressions()));
            }
            case Sort s -> sort(s.input());
            case Limit l -> {
                Estimate in = of(l.input());
                double rows = in.rows();
                if (l.limit() instanceof Constant c && c.value() instanceof Number count) {
                    rows = Math.min(rows, count.doubleValue());
                }
                double fraction = in.rows() <= 0 ? 1 : rows / in.rows();
                yield new Estimate(in.startup(), in.startup() + (in.total() - in.startup()) * fraction, rows,
                        in.width());
            }
            case Aggregate a -> {
                Estimate in = of(a.input());
                double work = in.total() + in.rows() * CPU_OPERATOR * (a.aggregates().length + a.groupKeys().length);
                double groups = a.groupKeys().length == 0 ? 1 : Math.min(in.rows(), DEFAULT_DISTINCT);
                int width = width(a.groupKeys()) + 8 * a.aggregates().length;
                yield new Estimate(work, work + groups * CPU_TUPLE, groups, width);
            }
            case Distinct d -> {
                Estimate in = of(d.input());
                double work = in.total() + in.rows() * CPU_OPERATOR;
                double groups = Math.min(in.rows(), DEFAULT_DISTINCT);
                yield new Estimate(work, work + groups * CPU_TUPLE, groups, in.width());
            }
            case HashJoin j -> {
                Estimate left = of(j.left());
                Estimate right = of(j.right());
                double rows = left.rows() * right.rows()
                        / Math.max(1, Math.max(Math.min(left.rows(), DEFAULT_DISTINCT), Math.min(right.rows(), DEFAULT_DISTINCT)));
                double startup = right.total() + right.rows() * (CPU_OPERATOR + CPU_TUPLE);
                double total = startup + left.total() + left.rows() * CPU_OPERATOR + rows * CPU_TUPLE;
                yield new Estimate(startup, total, rows, left.width() + right.width());
            }
            case NestedLoopJoin j -> {
                Estimate left = of(j.left());
                Estimate right = of(j.right());
                double pairs = left.rows() * right.rows();
                double total = left.total() + left.rows() * right.total() + pairs * CPU_OPERATOR * terms(j.condition());
                yield new Estimate(left.startup() + right.startup(), total + pairs * selectivity(j.condition()) * CPU_TUPLE,
                        pairs * selectivity(j.condition()), left.width() + right.width());
            }
            case Append a -> {
                double total = 0;
                double rows = 0;
                int width = 0;
                for (PlanNode input : a.inputs()) {
                    Estimate in = of(input);
                    total += in.total();
                    rows += in.rows();
                    width = Math.max(width, in.width());
                }
                yield new Estimate(0, total, rows, width);
            }
            default -> {
                // nodes this does not model: their first input's estimate, else one row
                List<PlanNode> inputs = ExplainPlanBuilder.children(node);
                if (inputs.isEmpty()) {
                    yield new Estimate(0, CPU_TUPLE, 1, 8 * Math.max(1, node.width()));
                }
                Estimate in = of(inputs.get(0));
                yield new Estimate(in.startup(), in.total() + in.rows() * CPU_TUPLE, in.rows(), in.width());
            }
        };
    }

    /** An index read: a descent (PostgreSQL's 0.29 startup for a small index), then a page per row. */
    private Estimate indexScan(TableDescriptor table, BoundExpr filter) {
        double rows = Math.max(1, tableRows(table) * selectivity(filter));
        double startup = 0.29;
        return new Estimate(startup, startup + rows * (RANDOM_PAGE + CPU_TUPLE + CPU_OPERATOR), rows, width(table));
    }

    private double tableRows(TableDescriptor table) {
        TableStatistics stats = statistics(table);
        return stats == null ? UNANALYZED_ROWS : stats.rows();
    }

    private TableStatistics statistics(TableDescriptor table) {
        return context.catalog() == null ? null : context.catalog().statistics().of(table.oid());
    }

    /** A row's width: ANALYZE's average per column, else the type's (see {@link #width(DataType)}). */
    private int width(TableDescriptor table) {
        TableStatistics stats = statistics(table);
        int width = 0;
        for (int i = 0; i < table.columns().size(); i++) {
            TableStatistics.Column c = null;
            if (stats != null) {
                int attribute = table.columns().get(i).attributeNumber();
                for (TableStatistics.Column sc : stats.columns()) {
                    if (sc.attributeNumber() == attribute) {
                        c = sc;
                    }
                }
            }
            width += c != null && c.averageWidth() > 0 ? c.averageWidth() : width(table.columns().get(i).type());
        }
        return width;
    }

    private static int width(BoundExpr[] exprs) {
        int width = 0;
        for (BoundExpr e : exprs) {
            width += width(e.type());
        }
        return width;
    }

    /** get_typavgwidth's guess: a fixed length, a bounded char type's length, else 32. */
    static int width(DataType type) {
        int length = type.type().length();
        if (length > 0) {
            return length;
        }
        return type.typmod() > 4 && type.typmod() - 4 <= 32 ? type.typmod() - 4 : 32;
    }

    private static int terms(BoundExpr condition) {
        return ExplainExpressions.conjuncts(condition).size();
    }

    /** The product of PostgreSQL's default selectivities of the condition's AND-ed terms. */
    private static double selectivity(BoundExpr condition) {
        double s = 1;
        for (BoundExpr term : ExplainExpressions.conjuncts(condition)) {
            if (term instanceof OperatorCall o && o.name() != null) {
                s *= switch (o.name()) {
                    case "=" -> 0.005;
                    case "<", "<=", ">", ">=" -> 1.0 / 3;
                    default -> 0.5;
                };
            } else {
                s *= 0.5;
            }
        }
        return s;
    }
}
