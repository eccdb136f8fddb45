package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TableStatistics;
import io.pglitedb.sql.plan.Aggregate;
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

/**
 * The stored tables a plan reads and how they are read, for run-time choices between plans: how
 * many rows reading them costs (ANALYZE's counts), and whether every read goes through a key.
 */
public final class PlanTables {
    private PlanTables() {
    }

    /**
     * The rows of every table the plan reads, as ANALYZE counted them; 0 when a table has no
     * statistics or the plan has a node this does not know.
     */
    public static double analyzedRows(PlanNode plan, ExecContext context) {
        if (context.catalog() == null) {
            return 0;
        }
        TableDescriptor table = switch (plan) {
            case TableScan s -> s.table();
            case IndexScan s -> s.table();
            case PrimaryKeyScan s -> s.table();
            case KeyLookup s -> s.table();
            default -> null;
        };
        if (table != null) {
            TableStatistics stats = context.catalog().statistics().of(table.oid());
            return stats == null ? 0 : stats.rows();
        }
        PlanNode[] inputs = inputs(plan);
        if (inputs == null) {
            return 0;
        }
        double rows = 0;
        for (PlanNode input : inputs) {
            double r = analyzedRows(input, context);
            if (r <= 0) {
                return 0;
            }
            rows += r;
        }
        return rows;
    }

    /**
     * True when every table the plan reads is read by key: a key lookup, or a primary key or index
     * range whose leading columns are pinned by equalities (never a whole table or open range).
     */
    public static boolean readsByKey(PlanNode plan) {
        switch (plan) {
            case TableScan s -> {
                return false;
            }
            case KeyLookup s -> {
                return true;
            }
            case PrimaryKeyScan s -> {
                return s.range().equal().length > 0;
            }
            case IndexScan s -> {
                for (IndexScan.Range range : s.ranges()) {
                    if (range.equal().length == 0) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                PlanNode[] inputs = inputs(plan);
                if (inputs == null || inputs.length == 0) {
                    return false;
                }
                for (PlanNode input : inputs) {
                    if (!readsByKey(input)) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    /** The inputs of a node that only passes on, filters, combines or aggregates rows; null for others. */
    private static PlanNode[] inputs(PlanNode plan) {
        return switch (plan) {
            case Project p -> new PlanNode[] {p.input()};
            case Filter f -> new PlanNode[] {f.input()};
            case Limit l -> new PlanNode[] {l.input()};
            case Sort s -> new PlanNode[] {s.input()};
            case Distinct d -> new PlanNode[] {d.input()};
            case Aggregate a -> new PlanNode[] {a.input()};
            case HashJoin j -> new PlanNode[] {j.left(), j.right()};
            case NestedLoopJoin j -> new PlanNode[] {j.left(), j.right()};
            default -> null;
        };
    }
}
