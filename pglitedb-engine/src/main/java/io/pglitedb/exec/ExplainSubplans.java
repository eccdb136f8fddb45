package io.pglitedb.exec;

import io.pglitedb.exec.expr.SubqueryValue;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subqueries a plan's expressions run, as EXPLAIN names them: numbered in the order they are
 * met; one without outer values that yields a value (a scalar, EXISTS or ARRAY subquery) is an
 * {@code InitPlan n (returns $k)} referred to as {@code $k}, any other a {@code SubPlan n} referred
 * to as {@code (SubPlan n)} ({@code (hashed SubPlan n)} when looked up in a hash set). The outer
 * values a correlated one reads print as the outer columns they are ({@code t.a}).
 */
final class ExplainSubplans {
    /** A subquery met: its number, and its parameter when it is an InitPlan (else -1). */
    record Subplan(SubqueryValue query, int number, int param) {
        boolean init() {
            return param >= 0;
        }

        /** {@code InitPlan 1 (returns $0)} or {@code SubPlan 2}. */
        String name() {
            return init() ? "InitPlan " + number + " (returns $" + param + ")" : "SubPlan " + number;
        }
    }

    /**
     * Column names in scope for deparsing, with the subqueries the expressions there refer to and
     * the same columns qualified by their relations (how the outer values a subquery reads print).
     */
    static final class Scope extends AbstractList<String> {
        private final List<String> columns;
        private final ExplainSubplans subplans;
        private final List<String> qualified;

        Scope(List<String> columns, ExplainSubplans subplans, List<String> qualified) {
            this.columns = columns;
            this.subplans = subplans;
            this.qualified = qualified;
        }

        ExplainSubplans subplans() {
            return subplans;
        }

        List<String> qualified() {
            return qualified;
        }

        @Override
        public String get(int index) {
            return columns.get(index);
        }

        @Override
        public int size() {
            return columns.size();
        }
    }

    private final Map<SubqueryValue, Subplan> known = new IdentityHashMap<>();
    private final List<Subplan> pending = new ArrayList<>();
    /** Outer values by slot: how a correlated subquery's reads of them print. */
    private final Map<Integer, String> slots = new HashMap<>();
    private int nextNumber = 1;
    private int nextParam;

    /** Whether a subquery is an InitPlan: run once, reading nothing of the outer row, for a value. */
    static boolean isInitPlan(SubqueryValue query) {
        return !query.correlated() && query.kind() != SubqueryValue.Kind.ANY && query.kind() != SubqueryValue.Kind.ALL;
    }

    /** The plan shown for a subquery: a decorrelated one's per-row form, which runs first. */
    static io.pglitedb.sql.plan.PlanNode plan(SubqueryValue query) {
        return query.perRow() != null ? query.perRow().plan() : query.plan();
    }

    boolean any() {
        return !known.isEmpty();
    }

    /**
     * How an expression over {@code scope} refers to a subquery, which is numbered on first sight;
     * the outer values it reads are read from the same row as the expression, so they print as
     * those columns, qualified ({@code o.f1} in a Filter that names its own columns {@code f1}).
     */
    String reference(SubqueryValue query, Scope scope) {
        Subplan subplan = known.get(query);
        if (subplan == null) {
            subplan = new Subplan(query, nextNumber++, isInitPlan(query) ? nextParam++ : -1);
            io.pglitedb.exec.expr.BoundExpr[] args = query.perRow() != null ? query.perRow().args() : query.args();
            int[] argSlots = query.perRow() != null ? query.perRow().slots() : query.slots();
            nextParam += args.length; // PostgreSQL's PARAM_EXEC for each outer value
            for (int i = 0; i < args.length && i < argSlots.length; i++) {
                slots.put(argSlots[i], ExplainExpressions.deparse(args[i], scope.qualified()));
            }
            known.put(query, subplan);
            pending.add(subplan);
        }
        if (subplan.init()) {
            return "$" + subplan.param();
        }
        boolean hashed = query.hashed() && query.perRow() == null; // else the per-row form shown
        return "(" + (hashed ? "hashed " : "") + "SubPlan " + subplan.number() + ")";
    }

    /** The outer value in a slot, as the column it is; null when no subquery set it. */
    String slot(int slot) {
        return slots.get(slot);
    }

    /** The subqueries met but not yet shown, of one kind (InitPlans or SubPlans), in their order. */
    List<Subplan> take(boolean init) {
        List<Subplan> out = new ArrayList<>();
        for (Subplan s : pending) {
            if (s.init() == init) {
                out.add(s);
            }
        }
        pending.removeAll(out);
        return out;
    }
}
