package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.Distinct;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.SetOp;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * UNION / INTERSECT / EXCEPT [ALL]: both operands must have as many columns; each column gets the
 * common type of its two sides (select_common_type, "UNION types integer and text cannot be
 * matched"), the names are the left operand's. UNION ALL appends, UNION appends and drops
 * duplicates, INTERSECT and EXCEPT count the right side in a hash table.
 */
final class SetOperationAnalyzer {
    private final AnalyzerContext context;
    private final Level level;

    SetOperationAnalyzer(AnalyzerContext context, Level level) {
        this.context = context;
        this.level = level;
    }

    AnalyzedQuery analyze(SetOperation s) {
        QueryAnalyzer queries = new QueryAnalyzer(context, level);
        AnalyzedQuery left = queries.analyze(s.left(), false);
        AnalyzedQuery right = queries.analyze(s.right(), false);
        String name = s.op().name();
        if (left.columns().size() != right.columns().size()) {
            List<Integer> at = right.positions().isEmpty() ? left.positions() : right.positions();
            PgException e = new PgException(SqlState.SYNTAX_ERROR, "each %s query must have the same number of columns",
                    name);
            throw at.isEmpty() ? e : e.withPosition(at.get(0) + 1);
        }
        int width = left.columns().size();
        DataType[] types = new DataType[width];
        List<ResultColumn> columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            DataType lt = left.columns().get(i).type();
            DataType rt = right.columns().get(i).type();
            types[i] = Coercions.commonType(List.of(new ColumnValue(lt, i), new ColumnValue(rt, i)), name,
                    right.positions().get(i));
            columns.add(new ResultColumn(left.columns().get(i).name(), 0, (short) 0, types[i]));
        }
        PlanNode l = coerce(left.root(), left.columns(), types);
        PlanNode r = coerce(right.root(), right.columns(), types);
        PlanNode plan = switch (s.op()) {
            case UNION -> s.all() ? new Append(List.of(l, r)) : new Distinct(new Append(List.of(l, r)), types);
            case INTERSECT -> new SetOp(SetOp.Kind.INTERSECT, s.all(), l, r, types);
            case EXCEPT -> new SetOp(SetOp.Kind.EXCEPT, s.all(), l, r, types);
        };
        plan = OutputOrdering.apply(context, plan, columns, s.orderBy(), s.limit(), s.offset());
        return new AnalyzedQuery(plan, columns, left.positions());
    }

    /** A projection converting the operand's columns to the resolved types, or the plan itself. */
    private PlanNode coerce(PlanNode plan, List<ResultColumn> columns, DataType[] types) {
        BoundExpr[] exprs = new BoundExpr[types.length];
        boolean changed = false;
        for (int i = 0; i < types.length; i++) {
            exprs[i] = coerceColumn(context, columns.get(i).type(), i, types[i]);
            changed |= !(exprs[i] instanceof ColumnValue c && c.type().equals(types[i]));
        }
        return changed ? new Project(plan, exprs) : plan;
    }

    /** Column i of type source as type target; an unknown-typed column (a string literal) is read as its text. */
    static BoundExpr coerceColumn(AnalyzerContext context, DataType source, int i, DataType target) {
        if (source.type() == Types.UNKNOWN) {
            return Coercions.coerce(new ColumnValue(DataType.of(Types.TEXT), i), target, CastContext.EXPLICIT,
                    context.parameters(), 0);
        }
        return Coercions.coerce(new ColumnValue(source, i), target, CastContext.IMPLICIT, context.parameters(), 0);
    }
}
