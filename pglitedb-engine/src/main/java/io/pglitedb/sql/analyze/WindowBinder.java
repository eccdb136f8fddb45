package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.SlotValue;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.functions.FilteredAggregate;
import io.pglitedb.functions.Functions;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.WindowCall;
import io.pglitedb.sql.ast.WindowDef;
import io.pglitedb.sql.ast.WindowSpec;
import io.pglitedb.sql.parser.ExprPositions;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.WindowAgg;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds window function calls of a select list and ORDER BY: the call's arguments and its window's
 * PARTITION BY / ORDER BY are analysed over the rows entering the window stage (after GROUP BY and
 * HAVING: {@code input}); the call itself becomes the slot the {@link WindowAgg} node sets for each
 * row. Calls over equal windows share one sort.
 */
final class WindowBinder {
    /** The window functions that are not aggregates (bound by the switch in {@code bind}). */
    static final java.util.Set<String> WINDOW_FUNCTIONS = java.util.Set.of("row_number", "rank", "dense_rank",
            "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value");

    private final ExpressionAnalyzer input;
    private final Map<String, WindowDef> named = new HashMap<>();
    private final List<String> windowTexts = new ArrayList<>();
    private final List<WindowAgg.Window> windows = new ArrayList<>();
    private final List<WindowAgg.Function> functions = new ArrayList<>();
    /** Names of the WINDOW clause in order: PostgreSQL's window list starts with them. */
    private final List<String> namedOrder = new ArrayList<>();
    /** Per window: where PostgreSQL's window list (p_windowdefs) has it, and its key texts. */
    private final List<Integer> definitionRanks = new ArrayList<>();
    private final List<List<String>> partitionTexts = new ArrayList<>();
    private final List<List<String>> orderTexts = new ArrayList<>();
    private int inlineDefinitions;

    WindowBinder(ExpressionAnalyzer input, List<WindowDef> definitions) {
        this.input = input;
        for (WindowDef d : definitions) {
            namedOrder.add(d.name());
            if (named.put(d.name(), d) != null) {
                throw new PgException(SqlState.WINDOWING_ERROR, "window \"%s\" is already defined", d.name())
                        .withPosition(d.position() + 1);
            }
        }
    }

    boolean isEmpty() {
        return functions.isEmpty();
    }

    /**
     * The window node over the plan, when there are window functions; the windows in the order
     * PostgreSQL evaluates them (see {@link WindowOrder}), given the expression texts ORDER BY,
     * GROUP BY and DISTINCT referenced first.
     */
    PlanNode plan(PlanNode plan, List<String> sortGroupTexts) {
        if (functions.isEmpty()) {
            return plan;
        }
        int[] order = WindowOrder.evaluationOrder(windows, definitionRanks, partitionTexts, orderTexts, sortGroupTexts);
        List<WindowAgg.Window> ordered = new ArrayList<>(windows.size());
        int[] newIndex = new int[windows.size()];
        for (int i = 0; i < order.length; i++) {
            ordered.add(windows.get(order[i]));
            newIndex[order[i]] = i;
        }
        List<WindowAgg.Function> remapped = new ArrayList<>(functions.size());
        for (WindowAgg.Function f : functions) {
            remapped.add(new WindowAgg.Function(f.kind(), f.aggregate(), f.args(), newIndex[f.window()], f.slot(),
                    f.type()));
        }
        return new WindowAgg(plan, ordered, remapped);
    }

    BoundExpr bind(WindowCall w) {
        FuncCall call = w.call();
        WindowSpec spec = resolve(w.window());
        int before = windows.size();
        int window = window(spec);
        WindowSpec own = w.window();
        int rank = own.refName() != null && own.partitionBy().isEmpty() && own.orderBy().isEmpty()
                && own.frame() == null ? namedOrder.indexOf(own.refName()) : namedOrder.size() + inlineDefinitions++;
        if (window == before) {
            definitionRanks.add(rank);
        } else {
            definitionRanks.set(window, Math.min(rank, definitionRanks.get(window)));
        }
        String name = call.name();
        if (call.distinct()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DISTINCT is not implemented for window functions")
                    .withPosition(w.position() + 1);
        }
        if (call.withinGroup()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "OVER is not supported for ordered-set aggregate %s",
                    name).withPosition(w.position() + 1);
        }
        if (!call.order().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "aggregate ORDER BY is not implemented for window functions").withPosition(w.position() + 1);
        }
        boolean isAggregate = UserAggregates.isAggregate(call, input.context());
        if (call.filter() != null && !isAggregate) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "FILTER is not implemented for non-aggregate window functions").withPosition(w.position() + 1);
        }
        List<BoundExpr> args = new ArrayList<>();
        for (Expr a : call.args()) {
            if (ExprTrees.findWindowCall(a) != null) {
                throw new PgException(SqlState.WINDOWING_ERROR, "window function calls cannot be nested")
                        .withPosition(ExprTrees.findWindowCall(a).position() + 1);
            }
            args.add(input.analyze(a));
        }
        WindowAgg.Kind kind;
        DataType type;
        AggregateFunction aggregate = null;
        switch (name) {
            case "row_number", "rank", "dense_rank", "percent_rank", "cume_dist" -> {
                expectArgs(call, args, 0, 0);
                kind = WindowAgg.Kind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
                type = DataType.of(kind == WindowAgg.Kind.PERCENT_RANK || kind == WindowAgg.Kind.CUME_DIST
                        ? Types.FLOAT8 : Types.INT8);
            }
            case "ntile" -> {
                expectArgs(call, args, 1, 1);
                kind = WindowAgg.Kind.NTILE;
                args.set(0, coerce(args.get(0), Types.INT4, call.args().get(0)));
                type = DataType.of(Types.INT4);
            }
            case "lag", "lead" -> {
                expectArgs(call, args, 1, 3);
                kind = name.equals("lag") ? WindowAgg.Kind.LAG : WindowAgg.Kind.LEAD;
                type = valueType(args.get(0), call.args().get(0));
                args.set(0, coerce(args.get(0), type.type(), call.args().get(0)));
                if (args.size() > 1) {
                    args.set(1, coerce(args.get(1), Types.INT4, call.args().get(1)));
                }
                if (args.size() > 2) {
                    DataType common = Coercions.commonType(List.of(args.get(0), args.get(2)), "lag/lead", w.position());
                    type = common;
                    args.set(0, coerce(args.get(0), common.type(), call.args().get(0)));
                    args.set(2, coerce(args.get(2), common.type(), call.args().get(2)));
                }
            }
            case "first_value", "last_value", "nth_value" -> {
                expectArgs(call, args, name.equals("nth_value") ? 2 : 1, name.equals("nth_value") ? 2 : 1);
                kind = WindowAgg.Kind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
                type = valueType(args.get(0), call.args().get(0));
                args.set(0, coerce(args.get(0), type.type(), call.args().get(0)));
                if (args.size() > 1) {
                    args.set(1, coerce(args.get(1), Types.INT4, call.args().get(1)));
                }
            }
            default -> {
                if (!isAggregate) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                            "OVER specified, but %s is not a window function nor an aggregate function", name)
                            .withPosition(w.position() + 1);
                }
                try {
                    aggregate = UserAggregates.resolve(name, args, call.star(), input.context());
                } catch (PgException e) {
                    throw e.withPositionIfAbsent(w.position() + 1);
                }
                for (int i = 0; i < args.size(); i++) {
                    args.set(i, Coercions.coerce(args.get(i), aggregate.argumentTypes().get(i), CastContext.IMPLICIT,
                            input.params(), call.args().get(Math.min(i, call.args().size() - 1)).position()));
                }
                if (aggregate instanceof io.pglitedb.routines.UserAggregate user && user.movingMode() != null
                        && (ExpressionAnalyzer.hasVolatileCall(call.args())
                                || call.filter() != null && ExpressionAnalyzer.hasVolatileCall(List.of(call.filter())))) {
                    aggregate = user.withoutMovingMode(); // volatile arguments disable moving-aggregate mode
                }
                kind = WindowAgg.Kind.AGGREGATE;
                type = aggregate.resultType();
                if (call.filter() != null) {
                    // the filter's value travels as one more argument; rows where it is not true are skipped
                    args.add(Coercions.toBoolean(input.analyze(call.filter()), "FILTER", input.params(),
                            call.filter().position()));
                    aggregate = new FilteredAggregate(aggregate);
                }
            }
        }
        int slot = input.context().slots().allocate();
        functions.add(new WindowAgg.Function(kind, aggregate, args.toArray(new BoundExpr[0]), window, slot, type));
        return new SlotValue(type, slot);
    }

    private BoundExpr coerce(BoundExpr arg, io.pglitedb.types.PgType type, Expr ast) {
        return Coercions.coerce(arg, DataType.of(type), CastContext.IMPLICIT, input.params(), ast.position());
    }

    private static DataType valueType(BoundExpr arg, Expr ast) {
        return arg.type().type() == Types.UNKNOWN ? DataType.of(Types.TEXT) : arg.type();
    }

    private static void expectArgs(FuncCall call, List<BoundExpr> args, int min, int max) {
        if (args.size() < min || args.size() > max || call.star()) {
            List<String> names = new ArrayList<>();
            for (BoundExpr a : args) {
                names.add(a.type().baseName());
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", call.name(),
                    String.join(", ", names))
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(call.position() + 1);
        }
    }

    /** OVER w / OVER (w ORDER BY ...): the named window's clauses under the call's own. */
    private WindowSpec resolve(WindowSpec spec) {
        if (spec.refName() == null) {
            return spec;
        }
        WindowDef base = named.get(spec.refName());
        if (base == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "window \"%s\" does not exist", spec.refName())
                    .withPosition(spec.position() + 1);
        }
        WindowSpec b = resolve(base.spec());
        List<OrderItem> order = spec.orderBy().isEmpty() ? b.orderBy() : spec.orderBy();
        WindowSpec.Frame frame = spec.frame() != null ? spec.frame() : b.frame();
        return new WindowSpec(null, b.partitionBy(), order, frame, b.position());
    }

    private int window(WindowSpec spec) {
        StringBuilder text = new StringBuilder();
        for (Expr e : spec.partitionBy()) {
            text.append(SqlText.of(e)).append(',');
        }
        text.append('|');
        for (OrderItem o : spec.orderBy()) {
            text.append(SqlText.of(o.expr())).append(o.descending()).append(o.nullsFirst()).append(',');
        }
        text.append('|').append(spec.frame() == null ? "" : frameText(spec.frame()));
        int existing = windowTexts.indexOf(text.toString());
        if (existing >= 0) {
            return existing;
        }
        BoundExpr[] partition = new BoundExpr[spec.partitionBy().size()];
        DataType[] partitionTypes = new DataType[partition.length];
        for (int i = 0; i < partition.length; i++) {
            partition[i] = resolved(input.analyze(spec.partitionBy().get(i)), spec.partitionBy().get(i));
            partitionTypes[i] = partition[i].type();
        }
        int n = spec.orderBy().size();
        BoundExpr[] order = new BoundExpr[n];
        DataType[] orderTypes = new DataType[n];
        boolean[] descending = new boolean[n];
        boolean[] nullsFirst = new boolean[n];
        for (int i = 0; i < n; i++) {
            OrderItem o = spec.orderBy().get(i);
            order[i] = resolved(input.analyze(o.expr()), o.expr());
            orderTypes[i] = order[i].type();
            descending[i] = o.descending();
            nullsFirst[i] = o.nullsFirst() != null ? o.nullsFirst() : o.descending();
        }
        windowTexts.add(text.toString());
        partitionTexts.add(spec.partitionBy().stream().map(SqlText::of).toList());
        orderTexts.add(spec.orderBy().stream().map(o -> SqlText.of(o.expr())).toList());
        windows.add(new WindowAgg.Window(partition, order, descending, nullsFirst, partitionTypes, orderTypes,
                frame(spec)));
        return windows.size() - 1;
    }

    private BoundExpr resolved(BoundExpr e, Expr ast) {
        return e.type().type() == Types.UNKNOWN ? Coercions.coerce(e, DataType.of(Types.TEXT), CastContext.IMPLICIT,
                input.params(), ast.position()) : e;
    }

    private static String frameText(WindowSpec.Frame f) {
        return f.mode() + " " + f.exclusion() + " " + f.start().kind() + (f.start().offset() == null ? "" : SqlText.of(f.start().offset()))
                + " " + f.end().kind() + (f.end().offset() == null ? "" : SqlText.of(f.end().offset()));
    }

    private WindowAgg.Frame frame(WindowSpec spec) {
        WindowSpec.Frame f = spec.frame();
        if (f == null) {
            return spec.orderBy().isEmpty()
                    ? new WindowAgg.Frame(WindowAgg.Frame.Mode.RANGE, WindowAgg.Frame.Bound.UNBOUNDED_PRECEDING, null,
                            WindowAgg.Frame.Bound.UNBOUNDED_FOLLOWING, null, WindowAgg.Frame.Exclusion.NO_OTHERS)
                    : WindowAgg.Frame.DEFAULT;
        }
        WindowAgg.Frame.Mode mode = WindowAgg.Frame.Mode.valueOf(f.mode().name());
        DataType rangeKey = null;
        if (f.start().kind() == WindowSpec.Bound.Kind.UNBOUNDED_FOLLOWING) {
            throw new PgException(SqlState.WINDOWING_ERROR, "frame start cannot be UNBOUNDED FOLLOWING")
                    .withPosition(f.start().position() + 1);
        }
        if (f.end().kind() == WindowSpec.Bound.Kind.UNBOUNDED_PRECEDING) {
            throw new PgException(SqlState.WINDOWING_ERROR, "frame end cannot be UNBOUNDED PRECEDING")
                    .withPosition(f.end().position() + 1);
        }
        if (mode == WindowAgg.Frame.Mode.RANGE && (f.start().offset() != null || f.end().offset() != null)) {
            if (spec.orderBy().size() != 1) {
                throw new PgException(SqlState.WINDOWING_ERROR,
                        "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column")
                        .withPosition(spec.position() + 1);
            }
            rangeKey = input.analyze(spec.orderBy().get(0).expr()).type();
        }
        if (mode == WindowAgg.Frame.Mode.GROUPS && spec.orderBy().isEmpty()) {
            throw new PgException(SqlState.WINDOWING_ERROR, "GROUPS mode requires an ORDER BY clause")
                    .withPosition(f.position() + 1);
        }
        BoundExpr startOffset = offset(f.start(), mode, rangeKey);
        BoundExpr endOffset = offset(f.end(), mode, rangeKey);
        boolean noPeers = spec.orderBy().isEmpty() && mode != WindowAgg.Frame.Mode.ROWS;
        WindowAgg.Frame.Bound start = WindowAgg.Frame.Bound.valueOf(f.start().kind().name());
        WindowAgg.Frame.Bound end = WindowAgg.Frame.Bound.valueOf(f.end().kind().name());
        if (noPeers) {
            // without ORDER BY every row of the partition is a peer of the current one
            start = start == WindowAgg.Frame.Bound.CURRENT_ROW ? WindowAgg.Frame.Bound.UNBOUNDED_PRECEDING : start;
            end = end == WindowAgg.Frame.Bound.CURRENT_ROW ? WindowAgg.Frame.Bound.UNBOUNDED_FOLLOWING : end;
        }
        return new WindowAgg.Frame(mode, start, startOffset, end, endOffset,
                WindowAgg.Frame.Exclusion.valueOf(f.exclusion().name()));
    }

    /**
     * The offset type of the in_range rule for a RANGE key type (PostgreSQL's btree in_range
     * support functions), or null when the type has none.
     */
    private static io.pglitedb.types.PgType rangeOffsetType(io.pglitedb.types.PgType key) {
        if (key == Types.INT2 || key == Types.INT4 || key == Types.INT8) {
            return Types.INT8;
        }
        if (key == Types.NUMERIC) {
            return Types.NUMERIC;
        }
        if (key == Types.FLOAT4 || key == Types.FLOAT8) {
            return Types.FLOAT8;
        }
        if (key == Types.DATE || key == Types.TIMESTAMP || key == Types.TIMESTAMPTZ || key == Types.TIME
                || key == Types.TIMETZ || key == Types.INTERVAL) {
            return Types.INTERVAL;
        }
        return null;
    }

    private BoundExpr offset(WindowSpec.Bound bound, WindowAgg.Frame.Mode mode, DataType rangeKey) {
        if (bound.offset() == null) {
            return null;
        }
        BoundExpr e = ExpressionAnalyzer.beforeRows(input.context(), bound.offset(), "window frame", mode.name(),
                input.scope(), input.level());
        if (mode == WindowAgg.Frame.Mode.RANGE) {
            io.pglitedb.types.PgType offsetType = rangeOffsetType(rangeKey.type());
            if (offsetType == null) { // the key's btree operator family has no in_range support at all
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "RANGE with offset PRECEDING/FOLLOWING is not supported for column type %s",
                        rangeKey.type() == Types.VARCHAR ? "text" : rangeKey.displayName())
                        .withPosition(ExprPositions.leftmost(bound.offset()) + 1);
            }
            BoundExpr coerced = offsetType == null ? null : Coercions.tryCoerce(e, DataType.of(offsetType),
                    CastContext.IMPLICIT, input.params(), bound.offset().position());
            if (coerced == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "RANGE with offset PRECEDING/FOLLOWING is not supported for column type %s and offset type %s",
                        rangeKey.displayName(), e.type().displayName())
                        .withHint("Cast the offset value to an appropriate type.")
                        .withPosition(ExprPositions.leftmost(bound.offset()) + 1);
            }
            return coerced;
        }
        return Coercions.coerce(e, DataType.of(Types.INT8), CastContext.IMPLICIT, input.params(), bound.offset().position());
    }
}
