package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.functions.Functions;
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

    /** @param input analyses over the rows before aggregation (the FROM scope) */
    GroupingBinder(ExpressionAnalyzer input) {
        this.input = input;
    }

    void addGroup(Expr expr) {
        groupTexts.add(SqlText.of(expr));
        groupExprs.add(input.analyze(expr));
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
        if (expr instanceof FuncCall f && Functions.isAggregate(f.name())) {
            int existing = aggregateTexts.indexOf(text);
            if (existing >= 0) {
                return new ColumnValue(aggregates.get(existing).function().resultType(), groupExprs.size() + existing);
            }
            AggregateCall call = aggregate(f);
            aggregateTexts.add(text);
            aggregates.add(call);
            return new ColumnValue(call.function().resultType(), groupExprs.size() + aggregates.size() - 1);
        }
        return null;
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
        List<BoundExpr> args = new ArrayList<>();
        for (Expr arg : f.args()) {
            if (ExprTrees.findAggregate(arg) != null) {
                throw new PgException(SqlState.GROUPING_ERROR, "aggregate function calls cannot be nested")
                        .withPosition(ExprTrees.findAggregate(arg).position() + 1);
            }
            args.add(input.analyze(arg));
        }
        List<DataType> types = new ArrayList<>();
        for (BoundExpr a : args) {
            types.add(a.type());
        }
        AggregateFunction function;
        try {
            function = Functions.aggregate(f.name(), types, f.star());
        } catch (PgException e) {
            throw e.withPositionIfAbsent(f.position() + 1);
        }
        BoundExpr[] coerced = new BoundExpr[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(args.get(i), function.argumentTypes().get(i), CastContext.IMPLICIT,
                    input.params(), f.args().get(i).position());
        }
        return new AggregateCall(function, coerced, f.distinct());
    }
}
