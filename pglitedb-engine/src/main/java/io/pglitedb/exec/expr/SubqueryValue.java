package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.Executor;
import io.pglitedb.exec.PlanTables;
import io.pglitedb.exec.RowIterator;
import io.pglitedb.exec.ValueKey;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.types.DataType;
import java.util.HashSet;
import java.util.Set;

/**
 * A subquery used as an expression (PostgreSQL's SubPlan). Before the plan runs, args are evaluated
 * over the current row into their slots (the outer values a correlated subquery reads). Then:
 * SCALAR yields the only row's value (NULL for none, 21000 for more); EXISTS whether there is a
 * row; ARRAY collects the column into an array (stacking array rows into one more dimension); ANY / ALL combine {@code test} (a boolean over each subquery row, its left operand in a
 * slot) the way OR / AND do, so NULLs give NULL unless a row decides.
 *
 * <p>An uncorrelated subquery (no args) runs once per statement: its result is cached in the
 * {@link ExecContext}; {@code x IN (uncorrelated subquery)} with hashable types becomes a hash set
 * lookup ({@code hashKeyType} non-null; {@code probe} is the operand). A decorrelated EXISTS
 * probes the same way, but is false where IN would be NULL.
 *
 * <p>A decorrelated subquery may carry its correlated form ({@link PerRow}, read through indexes):
 * the first outer rows run that form, each a few index reads, and only when there turn out to be
 * more of them than reading the subquery's tables would cost is the hash built (PostgreSQL
 * chooses between a hashed and a per-row SubPlan by the outer rows it expects; here they are
 * counted). Both forms give the same answer.
 *
 * <p>A correlated subquery without volatile functions ({@code memoise}) remembers its result per
 * tuple of outer values (PostgreSQL's Memoize, here at the SubPlan): re-running it for an outer
 * row with the same values cannot give another answer within one statement's snapshot. At most
 * {@link #MEMO_LIMIT} tuples are remembered per subquery.
 */
public final class SubqueryValue extends BoundExpr {
    public enum Kind { SCALAR, EXISTS, ANY, ALL, ARRAY }

    private final Kind kind;
    private final PlanNode plan;
    private final BoundExpr[] args;
    private final int[] slots;
    private final BoundExpr test;
    private final BoundExpr probe;
    private final DataType hashKeyType;
    private final boolean memoise;

    static final int MEMO_LIMIT = 100_000;

    /**
     * The correlated form of a decorrelated EXISTS or scalar subquery: its plan reads the slots,
     * which are set from args over the outer row; every table it reads is read by key.
     */
    public record PerRow(PlanNode plan, BoundExpr[] args, int[] slots) {
    }

    /**
     * One run of the per-row form costs about this many rows of a sequential read of the tables the
     * hashed form reads (opening the plan, a seek, a few rows).
     */
    private static final double PER_ROW_COST = 30;

    /** Null, or the per-row form tried first (see {@link PerRow}). */
    private final PerRow perRow;

    public SubqueryValue(Kind kind, DataType type, PlanNode plan, BoundExpr[] args, int[] slots, BoundExpr test,
            BoundExpr probe, DataType hashKeyType, boolean memoise) {
        this(kind, type, plan, args, slots, test, probe, hashKeyType, memoise, null);
    }

    public SubqueryValue(Kind kind, DataType type, PlanNode plan, BoundExpr[] args, int[] slots, BoundExpr test,
            BoundExpr probe, DataType hashKeyType, boolean memoise, PerRow perRow) {
        super(type);
        this.perRow = perRow;
        this.kind = kind;
        this.plan = plan;
        this.args = args;
        this.slots = slots;
        this.test = test;
        this.probe = probe;
        this.hashKeyType = hashKeyType;
        this.memoise = memoise;
    }

    public Kind kind() {
        return kind;
    }

    /** True for {@code probe IN (uncorrelated subquery)} read as a hash set of the subquery's one column. */
    public boolean isHashedIn() {
        return kind == Kind.ANY && args.length == 0 && hashKeyType != null && probe != null;
    }

    /** The subquery's plan (EXPLAIN shows it as an InitPlan or SubPlan). */
    public PlanNode plan() {
        return plan;
    }

    /** The outer values a correlated subquery reads (empty when uncorrelated), set into {@link #slots()}. */
    public BoundExpr[] args() {
        return args;
    }

    public int[] slots() {
        return slots;
    }

    /** Null, or the correlated form a decorrelated subquery runs first. */
    public PerRow perRow() {
        return perRow;
    }

    /** Whether it reads the outer row: outer values, a probe of its hashed rows, or a per-row form. */
    /** Whether the subquery calls no volatile function (running it again gives the same answer). */
    public boolean isStable() {
        return memoise;
    }

    public boolean correlated() {
        return args.length > 0 || probe != null || perRow != null;
    }

    /** Whether {@code x = ANY (subquery)} is looked up in a hash set of the subquery's rows. */
    public boolean hashed() {
        return hashKeyType != null;
    }

    /** The value looked up in the hashed subquery's rows (null when not hashed). */
    public BoundExpr probe() {
        return probe;
    }

    /** The type of the hashed subquery's column (null when not hashed). */
    public DataType hashKeyType() {
        return hashKeyType;
    }

    /** The values of the uncorrelated {@code = ANY} subquery as a set, plus whether one was NULL. */
    private record HashedRows(Set<ValueKey> values, boolean hasNull) {
    }

    private static final Object NULL_RESULT = new Object();

    /** How far the per-row form has gone in one execution: its runs so far, memoised by outer values. */
    private static final class PerRowState {
        final long limit;
        long runs;
        final java.util.Map<java.util.List<Object>, Object> memo = new java.util.HashMap<>();

        PerRowState(long limit) {
            this.limit = limit;
        }
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        ExecContext context = ExecContext.of(params);
        if (perRow != null && context.cached(this) == null) {
            PerRowState state = (PerRowState) context.cached(perRow);
            if (state == null) {
                state = new PerRowState((long) (PlanTables.analyzedRows(plan, context) / PER_ROW_COST));
                context.cache(perRow, state);
            }
            if (state.runs < state.limit) {
                return perRowValue(context, row, params, state);
            }
        }
        if (args.length == 0 && hashKeyType != null && kind == Kind.SCALAR) {
            return hashedScalar(context, row, params);
        }
        if (args.length == 0 && hashKeyType != null) {
            Object any = hashedAny(context, row, params);
            return kind == Kind.EXISTS ? Boolean.TRUE.equals(any) : any;
        }
        if (args.length == 0 && kind != Kind.ANY && kind != Kind.ALL) {
            Object cached = context.cached(this);
            if (cached != null) {
                return cached == NULL_RESULT ? null : cached;
            }
            Object value = run(context, params);
            context.cache(this, value == null ? NULL_RESULT : value);
            return value;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(row, params);
            context.setSlot(slots[i], values[i]);
        }
        if (!memoise) {
            return run(context, params);
        }
        @SuppressWarnings("unchecked")
        java.util.Map<java.util.List<Object>, Object> memo =
                (java.util.Map<java.util.List<Object>, Object>) context.cached(this);
        if (memo == null) {
            memo = new java.util.HashMap<>();
            context.cache(this, memo);
        }
        // exact equality (Object.equals): 1.0 and 1.00 are different outer values here
        java.util.List<Object> key = java.util.Arrays.asList(values);
        Object cached = memo.get(key);
        if (cached != null) {
            return cached == NULL_RESULT ? null : cached;
        }
        Object value = run(context, params);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(key, value == null ? NULL_RESULT : value);
        }
        return value;
    }

    /** The per-row form's answer for this outer row (remembered by its outer values). */
    private Object perRowValue(ExecContext context, Object[] row, Object[] params, PerRowState state) {
        Object[] values = new Object[perRow.args().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = perRow.args()[i].eval(row, params);
            context.setSlot(perRow.slots()[i], values[i]);
        }
        java.util.List<Object> key = java.util.Arrays.asList(values);
        Object cached = state.memo.get(key);
        if (cached != null) {
            return cached == NULL_RESULT ? null : cached;
        }
        state.runs++;
        Object value = run(perRow.plan(), context, params);
        if (state.memo.size() < MEMO_LIMIT) {
            state.memo.put(key, value == null ? NULL_RESULT : value);
        }
        return value;
    }

    private Object run(ExecContext context, Object[] params) {
        return run(plan, context, params);
    }

    private Object run(PlanNode plan, ExecContext context, Object[] params) {
        if (kind == Kind.EXISTS) {
            Boolean fromIndex = io.pglitedb.exec.IndexOnlyExists.exists(plan, context);
            if (fromIndex != null) {
                return fromIndex;
            }
        }
        try (RowIterator rows = Executor.open(plan, context)) {
            switch (kind) {
                case EXISTS -> {
                    return rows.next() != null;
                }
                case SCALAR -> {
                    Object[] first = rows.next();
                    if (first == null) {
                        return null;
                    }
                    Object value = first[0];
                    if (rows.next() != null) {
                        throw new PgException(SqlState.CARDINALITY_VIOLATION,
                                "more than one row returned by a subquery used as an expression");
                    }
                    return value;
                }
                case ARRAY -> {
                    java.util.List<Object> values = new java.util.ArrayList<>();
                    Object[] r;
                    while ((r = rows.next()) != null) {
                        context.checkCancelled();
                        values.add(r[0]);
                    }
                    if (nestedArrays(values)) {
                        java.util.List<io.pglitedb.types.ArrayValue> parts = new java.util.ArrayList<>(values.size());
                        for (Object v : values) {
                            parts.add((io.pglitedb.types.ArrayValue) v);
                        }
                        return io.pglitedb.types.ArrayValue.stack(parts);
                    }
                    return io.pglitedb.types.ArrayValue.of(values.toArray());
                }
                default -> {
                    boolean any = kind == Kind.ANY;
                    boolean sawNull = false;
                    Object[] r;
                    while ((r = rows.next()) != null) {
                        context.checkCancelled();
                        Object result = test.eval(r, params);
                        if (result == null) {
                            sawNull = true;
                        } else if ((Boolean) result == any) {
                            return any;
                        }
                    }
                    return sawNull ? null : !any;
                }
            }
        }
    }

    /** ARRAY(subquery) over an array column: the rows are stacked, not wrapped. */
    private boolean nestedArrays(java.util.List<Object> values) {
        io.pglitedb.types.ArrayType type = (io.pglitedb.types.ArrayType) type().type();
        if (type.element() instanceof io.pglitedb.types.ArrayType) {
            return false; // int2vector[]
        }
        for (Object v : values) {
            if (v != null) {
                return v instanceof io.pglitedb.types.ArrayValue;
            }
        }
        return false;
    }

    private static final Object SEVERAL = new Object();

    /** A decorrelated scalar subquery: its rows (key, value) once into a map, then one probe per row. */
    private Object hashedScalar(ExecContext context, Object[] row, Object[] params) {
        DataType[] types = {hashKeyType};
        @SuppressWarnings("unchecked")
        java.util.Map<ValueKey, Object> values = (java.util.Map<ValueKey, Object>) context.cached(this);
        if (values == null) {
            values = new java.util.HashMap<>();
            try (RowIterator rows = Executor.open(plan, context)) {
                Object[] r;
                while ((r = rows.next()) != null) {
                    context.checkCancelled();
                    if (r[0] != null) {
                        ValueKey key = new ValueKey(new Object[] {r[0]}, types);
                        values.put(key, values.containsKey(key) ? SEVERAL : r[1] == null ? NULL_RESULT : r[1]);
                    }
                }
            }
            context.cache(this, values);
        }
        Object v = probe.eval(row, params);
        if (v == null) {
            return null;
        }
        Object value = values.get(new ValueKey(new Object[] {v}, types));
        if (value == SEVERAL) {
            throw new PgException(SqlState.CARDINALITY_VIOLATION,
                    "more than one row returned by a subquery used as an expression");
        }
        return value == null || value == NULL_RESULT ? null : value;
    }

    private Object hashedAny(ExecContext context, Object[] row, Object[] params) {
        HashedRows hashed = (HashedRows) context.cached(this);
        if (hashed == null) {
            Set<ValueKey> values = new HashSet<>();
            boolean hasNull = false;
            DataType[] types = {hashKeyType};
            try (RowIterator rows = Executor.open(plan, context)) {
                Object[] r;
                while ((r = rows.next()) != null) {
                    context.checkCancelled();
                    if (r[0] == null) {
                        hasNull = true;
                    } else {
                        values.add(new ValueKey(new Object[] {r[0]}, types));
                    }
                }
            }
            hashed = new HashedRows(values, hasNull);
            context.cache(this, hashed);
        }
        if (hashed.values().isEmpty() && !hashed.hasNull()) {
            return false;
        }
        Object v = probe.eval(row, params);
        if (v == null) {
            return null;
        }
        if (hashed.values().contains(new ValueKey(new Object[] {v}, new DataType[] {hashKeyType}))) {
            return true;
        }
        return hashed.hasNull() ? null : false;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, args) && addAll(out, probe) && (perRow == null || addAll(out, perRow.args()));
    }
}
