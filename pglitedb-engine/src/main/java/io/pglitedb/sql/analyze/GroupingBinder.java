package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.functions.Functions;
import io.pglitedb.functions.OrderedSetAggregates;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.plan.SortKey;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.plan.AggregateCall;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds expressions above an aggregation to the aggregated row, which holds the GROUP BY values
 * first and then one value per aggregate call. A grouped expression (same SQL text, or the same
 * input column) becomes a reference to its group column; an aggregate call is analysed over the
 * input rows and registered; any other column reference is an error (42803).
 */
final class GroupingBinder {
    private final ExpressionAnalyzer input;
    private final List<String> groupTexts = new ArrayList<>();
    private final List<BoundExpr> groupExprs = new ArrayList<>();
    private final List<String> aggregateTexts = new ArrayList<>();
    private final List<AggregateCall> aggregates = new ArrayList<>();
    /** Per aggregate: when it may share another's transition state, what must match (else null). */
    private final List<String> shareKeys = new ArrayList<>();
    /** True under GROUPING SETS/ROLLUP/CUBE: the aggregated row has the set mask after the keys. */
    private boolean groupingSets;

    /** @param input analyses over the rows before aggregation (the FROM scope) */
    GroupingBinder(ExpressionAnalyzer input) {
        this.input = input;
    }

    void addGroup(Expr expr) {
        groupTexts.add(SqlText.of(expr));
        groupExprs.add(input.analyze(expr));
    }

    /** Adds a group key unless the same expression is one already; @return its index. */
    int addGroupOnce(Expr expr) {
        int existing = groupTexts.indexOf(SqlText.of(expr));
        if (existing >= 0) {
            return existing;
        }
        addGroup(expr);
        return groupExprs.size() - 1;
    }

    void useGroupingSets() {
        groupingSets = true;
    }

    private int aggregateBase() {
        return groupExprs.size() + (groupingSets ? 1 : 0);
    }

    BoundExpr[] groupKeys() {
        return groupExprs.toArray(new BoundExpr[0]);
    }

    AggregateCall[] aggregates() {
        return aggregates.toArray(new AggregateCall[0]);
    }

    /** @return the bound reference when the expression is grouped or an aggregate, else null */
    BoundExpr match(Expr expr) {
        String text = SqlText.of(expr);
        int group = groupTexts.indexOf(text);
        if (group >= 0) {
            return new ColumnValue(groupExprs.get(group).type(), group);
        }
        if (expr instanceof FuncCall f && ExprTrees.isGrouping(f)) {
            return grouping(f);
        }
        if (expr instanceof FuncCall f && UserAggregates.isAggregate(f, input.context())) {
            int existing = aggregateTexts.indexOf(text);
            if (existing >= 0) {
                return new ColumnValue(aggregates.get(existing).function().resultType(), aggregateBase() + existing);
            }
            AggregateCall call = aggregate(f);
            String shareKey = shareKey(f, call);
            int sharing = shareKey == null ? -1 : shareKeys.indexOf(shareKey);
            if (sharing >= 0) {
                call = call.sharingStateOf(sharing);
            }
            aggregateTexts.add(text);
            shareKeys.add(shareKey);
            aggregates.add(call);
            return new ColumnValue(call.function().resultType(), aggregateBase() + aggregates.size() - 1);
        }
        return null;
    }

    /**
     * What must be equal for two aggregate calls to share a transition state (PostgreSQL's
     * find_compatible_trans): the transition function, state type and initial value, and the
     * inputs (arguments, DISTINCT, ORDER BY, FILTER); null for aggregates that never share.
     */
    private static String shareKey(FuncCall f, AggregateCall call) {
        if (!(call.function() instanceof io.pglitedb.routines.UserAggregate user)) {
            return null;
        }
        StringBuilder key = new StringBuilder(user.transitionIdentity()).append('|').append(f.distinct());
        for (Expr a : f.args()) {
            key.append('|').append(SqlText.of(a));
        }
        for (OrderItem o : f.order()) {
            key.append("|order ").append(SqlText.of(o.expr())).append(o.descending()).append(o.nullsFirst());
        }
        return key.append("|filter ").append(f.filter() == null ? "" : SqlText.of(f.filter())).toString();
    }

    /** GROUPING(a, b): each argument must be a group key; 0 without grouping sets. */
    private BoundExpr grouping(FuncCall f) {
        if (f.args().size() > 31) {
            throw new PgException(SqlState.TOO_MANY_ARGUMENTS, "GROUPING must have fewer than 32 arguments")
                    .withPosition(f.position() + 1);
        }
        int[] keys = new int[f.args().size()];
        for (int i = 0; i < keys.length; i++) {
            Expr arg = f.args().get(i);
            keys[i] = groupTexts.indexOf(SqlText.of(arg));
            if (keys[i] < 0) {
                BoundExpr bound = input.analyze(arg);
                for (int g = 0; g < groupExprs.size() && keys[i] < 0; g++) {
                    if (bound instanceof ColumnValue c && groupExprs.get(g) instanceof ColumnValue k
                            && c.index() == k.index()) {
                        keys[i] = g;
                    }
                }
            }
            if (keys[i] < 0) {
                throw new PgException(SqlState.GROUPING_ERROR,
                        "arguments to GROUPING must be grouping expressions of the associated query level")
                        .withPosition(io.pglitedb.sql.parser.ExprPositions.leftmost(arg) + 1);
            }
        }
        if (!groupingSets) {
            return new io.pglitedb.exec.expr.Constant(DataType.of(io.pglitedb.types.Types.INT4), 0);
        }
        return new io.pglitedb.exec.expr.GroupingValue(groupExprs.size(), keys);
    }

    /** A plain column grouped under another spelling (t.a vs a). */
    BoundExpr matchColumn(Scope.Column column) {
        for (int i = 0; i < groupExprs.size(); i++) {
            if (groupExprs.get(i) instanceof ColumnValue c && c.index() == column.index()) {
                return new ColumnValue(c.type(), i);
            }
        }
        return null;
    }

    private AggregateCall aggregate(FuncCall f) {
        f = UserAggregates.asBuiltinOrderedSet(f.withoutCatalogSchema(), input.context());
        List<Expr> argExprs = new ArrayList<>(f.args());
        if (f.withinGroup() && !OrderedSetAggregates.isHypothetical(f.name())) {
            for (OrderItem o : f.order()) {
                argExprs.add(o.expr());
            }
        }
        SetReturningFunctions.refuseIn("aggregate function calls cannot contain set-returning function calls", argExprs,
                input.context());
        List<BoundExpr> args = new ArrayList<>();
        for (Expr arg : argExprs) {
            args.add(nonNested(arg));
        }
        List<BoundExpr> keys = new ArrayList<>();
        for (OrderItem o : f.order()) {
            if (containsSubquery(o.expr())) {
                // a subquery there may hold an aggregate of this level (PostgreSQL's outer-level
                // aggregates), which this binder does not assign to the enclosing query
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "subqueries in an aggregate's ORDER BY are not supported yet")
                        .withPosition(o.expr().position() + 1);
            }
            keys.add(nonNested(o.expr()));
        }
        BoundExpr filter = null;
        if (f.filter() != null) {
            FuncCall inFilter = ExprTrees.findAggregate(f.filter(), input.context());
            if (inFilter != null) {
                throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in FILTER")
                        .withPosition(inFilter.position() + 1);
            }
            filter = Coercions.toBoolean(nonNested(f.filter()), "FILTER", input.params(), f.filter().position());
        }
        if (f.withinGroup()) {
            return orderedSet(f, args, keys, filter);
        }
        AggregateFunction function;
        try {
            function = UserAggregates.resolve(f.name(), args, f.star(), input.context());
        } catch (PgException e) {
            throw e.withPositionIfAbsent(f.position() + 1);
        }
        BoundExpr[] coerced = new BoundExpr[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(args.get(i), function.argumentTypes().get(i), CastContext.IMPLICIT,
                    input.params(), f.args().get(Math.min(i, f.args().size() - 1)).position());
        }
        if (f.distinct() && !f.order().isEmpty()) {
            // PostgreSQL: with DISTINCT, ORDER BY expressions must appear in the argument list
            for (int k = 0; k < f.order().size(); k++) {
                if (!f.args().stream().map(SqlText::of).toList().contains(SqlText.of(f.order().get(k).expr()))) {
                    throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                            "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list")
                            .withPosition(f.order().get(k).expr().position() + 1);
                }
            }
        }
        if (f.distinct() && f.order().isEmpty() && coerced.length > 0) {
            // PostgreSQL sorts DISTINCT inputs: the aggregate sees them in the arguments' order
            SortKey[] byArguments = new SortKey[coerced.length];
            for (int i = 0; i < coerced.length; i++) {
                byArguments[i] = new SortKey(coerced.length + i, coerced[i].type(), false, false);
            }
            return new AggregateCall(function, coerced, true, filter, coerced.clone(), byArguments, false);
        }
        return new AggregateCall(function, coerced, f.distinct(), filter, keys.toArray(new BoundExpr[0]),
                sortKeys(f.order(), keys, coerced.length), false);
    }

    private AggregateCall orderedSet(FuncCall f, List<BoundExpr> args, List<BoundExpr> keys, BoundExpr filter) {
        boolean hypothetical = OrderedSetAggregates.isHypothetical(f.name());
        AggregateFunction function;
        BoundExpr[] arguments;
        try {
            if (hypothetical) {
                if (args.size() != keys.size()) {
                    throw new PgException(SqlState.UNDEFINED_FUNCTION,
                            "function %s(%s) does not exist", f.name(), typeList(args, keys))
                            .withHint(("To use the hypothetical-set aggregate %s, the number of hypothetical direct "
                                    + "arguments (here %d) must match the number of ordering columns (here %d).")
                                    .formatted(f.name(), args.size(), keys.size()));
                }
                arguments = new BoundExpr[args.size()];
                for (int i = 0; i < args.size(); i++) {
                    List<BoundExpr> pair = List.of(args.get(i), keys.get(i));
                    DataType common = Coercions.commonType(pair, "WITHIN GROUP", f.position());
                    arguments[i] = Coercions.coerce(args.get(i), common, CastContext.IMPLICIT, input.params(),
                            f.args().get(i).position());
                    keys.set(i, Coercions.coerce(keys.get(i), common, CastContext.IMPLICIT, input.params(),
                            f.order().get(i).expr().position()));
                }
                function = OrderedSetAggregates.hypothetical(f.name());
            } else {
                function = OrderedSetAggregates.resolve(f.name(), args, f.args().size());
                arguments = new BoundExpr[args.size()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = Coercions.coerce(args.get(i), function.argumentTypes().get(i), CastContext.IMPLICIT,
                            input.params(), i < f.args().size() ? f.args().get(i).position()
                                    : f.order().get(i - f.args().size()).expr().position());
                }
            }
        } catch (PgException e) {
            throw e.withPositionIfAbsent(f.position() + 1);
        }
        return new AggregateCall(function, arguments, false, filter, keys.toArray(new BoundExpr[0]),
                sortKeys(f.order(), keys, hypothetical ? 0 : arguments.length), hypothetical);
    }

    private static String typeList(List<BoundExpr> args, List<BoundExpr> keys) {
        StringBuilder out = new StringBuilder();
        for (BoundExpr a : args) {
            out.append(out.isEmpty() ? "" : ", ").append(a.type().displayName());
        }
        for (BoundExpr k : keys) {
            out.append(out.isEmpty() ? "" : ", ").append(k.type().displayName());
        }
        return out.toString();
    }

    private static SortKey[] sortKeys(List<OrderItem> items, List<BoundExpr> keys, int offset) {
        SortKey[] out = new SortKey[items.size()];
        for (int i = 0; i < out.length; i++) {
            OrderItem item = items.get(i);
            boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : item.descending();
            out[i] = new SortKey(offset + i, keys.get(i).type(), item.descending(), nullsFirst);
        }
        return out;
    }

    private static boolean containsSubquery(Expr e) {
        if (e instanceof io.pglitedb.sql.ast.SubqueryExpr) {
            return true;
        }
        for (Expr child : ExprTrees.children(e)) {
            if (containsSubquery(child)) {
                return true;
            }
        }
        return false;
    }

    private BoundExpr nonNested(Expr arg) {
        FuncCall nested = ExprTrees.findAggregate(arg, input.context());
        if (nested != null) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate function calls cannot be nested")
                    .withPosition(nested.position() + 1);
        }
        return input.analyze(arg);
    }
}
