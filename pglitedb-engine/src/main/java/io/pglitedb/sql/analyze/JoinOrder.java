package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which comma-separated tables are joined, chosen by dynamic programming over the
 * subsets of the tables (PostgreSQL's standard_join_search, left-deep only): each subset keeps its
 * cheapest order, extended one table at a time. A step joins the rows so far with one more table
 * either as a hash join (both sides read once) or, when the rows so far are few and the table has
 * an index or primary key leading with a join column, as index lookups per row (the executor's
 * {@link io.pglitedb.sql.plan.HashJoin.Lookup}, PostgreSQL's nested loop over an inner index scan).
 * Costs are in rows read sequentially; an entry of a secondary index costs {@link #INDEX_ROW} of
 * them (a point read of its row follows), one of the primary key {@link #PRIMARY_KEY_ROW} (it is
 * the row). The constants match the executor's choice between the two at run time.
 */
final class JoinOrder {
    /** Above this many tables the join keeps the FROM order (2^n subsets). */
    static final int MAX_TABLES = 10;
    /** An index entry and its row, in sequential rows (measured: ~15 us against ~0.5 us). */
    static final double INDEX_ROW = 30;
    /** A row found by a lookup through a secondary index (the rows of one lookup are point-read together). */
    static final double LOOKUP_INDEX_ROW = 15;
    /** A row found through the primary key: read where the key's range starts, no second read. */
    static final double PRIMARY_KEY_ROW = 2;
    /** Opening one index range (a seek). */
    static final double LOOKUP_OPEN = 10;
    /** The executor tries index lookups only for at most this many rows on the small side. */
    static final double LOOKUP_MAX_ROWS = 100_000;

    /** One table: its estimated rows after its own WHERE terms, and what reading them costs. */
    record Table(TableDescriptor descriptor, double rows, double tableRows, double scanCost, boolean lookupable,
            RowEstimates estimates) {
    }

    /** An equality between column a of table ta and column b of table tb. */
    record Edge(int ta, int a, int tb, int b) {
    }

    private JoinOrder() {
    }

    /** The cheapest left-deep order of the tables (indexes into tables). */
    static int[] choose(List<Table> tables, List<Edge> edges) {
        int n = tables.size();
        int full = (1 << n) - 1;
        double[] cost = new double[1 << n];
        double[] rows = new double[1 << n];
        int[] last = new int[1 << n];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            cost[1 << i] = tables.get(i).scanCost();
            rows[1 << i] = tables.get(i).rows();
            last[1 << i] = i;
        }
        for (int set = 1; set <= full; set++) {
            if (Double.isInfinite(cost[set]) || Integer.bitCount(set) == n) {
                continue;
            }
            boolean anyConnected = false;
            for (int r = 0; r < n; r++) {
                if ((set & (1 << r)) == 0 && connected(set, r, edges)) {
                    anyConnected = true;
                    break;
                }
            }
            for (int r = 0; r < n; r++) {
                if ((set & (1 << r)) != 0) {
                    continue;
                }
                boolean joined = connected(set, r, edges);
                if (anyConnected && !joined) {
                    continue; // no cross product while a connected table remains
                }
                Table t = tables.get(r);
                double selectivity = selectivity(set, r, tables, edges);
                double out = Math.max(1, rows[set] * t.rows() * selectivity);
                double step = rows[set] + t.scanCost() + t.rows();
                if (joined && t.lookupable() && rows[set] <= LOOKUP_MAX_ROWS) {
                    double matches = rows[set] * t.tableRows() * lookupSelectivity(set, r, tables, edges);
                    double entry = leadsPrimaryKey(set, r, tables, edges) ? PRIMARY_KEY_ROW : LOOKUP_INDEX_ROW;
                    step = Math.min(step, rows[set] * LOOKUP_OPEN + matches * entry);
                }
                double total = cost[set] + step + out;
                int next = set | (1 << r);
                if (total < cost[next]) {
                    cost[next] = total;
                    rows[next] = out;
                    last[next] = r;
                }
            }
        }
        int[] order = new int[n];
        int set = full;
        for (int k = n - 1; k >= 0; k--) {
            int r = last[set];
            order[k] = r;
            set &= ~(1 << r);
        }
        return order;
    }

    private static boolean connected(int set, int r, List<Edge> edges) {
        for (Edge e : edges) {
            if (e.ta() == r && (set & (1 << e.tb())) != 0 || e.tb() == r && (set & (1 << e.ta())) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * eqjoinsel's 1 / max(nd1, nd2) per column of r joined to the set (each distinct value count
     * at most its table's estimated rows); several equalities onto one column of r count once.
     */
    private static double selectivity(int set, int r, List<Table> tables, List<Edge> edges) {
        List<Integer> columns = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        for (Edge e : edges) {
            int column;
            int other;
            int otherColumn;
            if (e.ta() == r && (set & (1 << e.tb())) != 0) {
                column = e.a();
                other = e.tb();
                otherColumn = e.b();
            } else if (e.tb() == r && (set & (1 << e.ta())) != 0) {
                column = e.b();
                other = e.ta();
                otherColumn = e.a();
            } else {
                continue;
            }
            Table t = tables.get(r);
            Table o = tables.get(other);
            double nd1 = Math.min(t.estimates().distinct(column), t.rows());
            double nd2 = Math.min(o.estimates().distinct(otherColumn), o.rows());
            double s = 1 / Math.max(1, Math.max(nd1, nd2));
            int at = columns.indexOf(column);
            if (at < 0) {
                columns.add(column);
                best.add(s);
            } else if (s < best.get(at)) {
                best.set(at, s);
            }
        }
        double s = 1;
        for (double b : best) {
            s *= b;
        }
        return s;
    }

    /** The fraction of r's table one lookup finds: 1 / its distinct values of the joined column. */
    private static double lookupSelectivity(int set, int r, List<Table> tables, List<Edge> edges) {
        double s = 1;
        for (Edge e : edges) {
            if (e.ta() == r && (set & (1 << e.tb())) != 0) {
                s = Math.min(s, 1 / tables.get(r).estimates().distinct(e.a()));
            } else if (e.tb() == r && (set & (1 << e.ta())) != 0) {
                s = Math.min(s, 1 / tables.get(r).estimates().distinct(e.b()));
            }
        }
        return s;
    }

    /**
     * Whether r's lookups from the set go through its primary key: a column joined to the set
     * leads it (the executor prefers the primary key unless an index pins more columns; close enough).
     */
    private static boolean leadsPrimaryKey(int set, int r, List<Table> tables, List<Edge> edges) {
        TableDescriptor table = tables.get(r).descriptor();
        if (!table.hasPrimaryKey()) {
            return false;
        }
        int lead = table.primaryKey()[0];
        for (Edge e : edges) {
            if (e.ta() == r && (set & (1 << e.tb())) != 0 && e.a() == lead
                    || e.tb() == r && (set & (1 << e.ta())) != 0 && e.b() == lead) {
                return true;
            }
        }
        return false;
    }

    /** True when the table's primary key or a plain index leads with one of the columns. */
    static boolean hasIndexLeadingWith(TableDescriptor table, List<Integer> columns) {
        if (table.hasPrimaryKey() && columns.contains(table.primaryKey()[0])) {
            return true;
        }
        for (IndexDescriptor index : table.indexes()) {
            if (!index.hasExpressionsOrPredicate() && columns.contains(index.columns()[0])) {
                return true;
            }
        }
        return false;
    }
}
