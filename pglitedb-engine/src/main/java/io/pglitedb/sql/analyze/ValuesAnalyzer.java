package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Values;
import io.pglitedb.sql.parser.ExprPositions;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.ValuesScan;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/** {@code VALUES (...), (...)} as a query: each column gets the common type of its cells; names column1, column2... */
final class ValuesAnalyzer {
    private final AnalyzerContext context;
    private final Level level;

    ValuesAnalyzer(AnalyzerContext context, Level level) {
        this.context = context;
        this.level = level;
    }

    AnalyzedQuery analyze(Values values) {
        int width = values.rows().get(0).size();
        for (List<Expr> row : values.rows()) {
            if (row.size() != width) {
                throw new PgException(SqlState.SYNTAX_ERROR, "VALUES lists must all be the same length")
                        .withPosition(ExprPositions.leftmost(row.get(0)) + 1);
            }
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "VALUES", level);
        List<BoundExpr[]> rows = new ArrayList<>(values.rows().size());
        for (List<Expr> row : values.rows()) {
            BoundExpr[] cells = new BoundExpr[width];
            for (int c = 0; c < width; c++) {
                cells[c] = analyzer.analyze(row.get(c));
            }
            rows.add(cells);
        }
        List<ResultColumn> columns = new ArrayList<>(width);
        List<Integer> positions = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<BoundExpr> cells = new ArrayList<>(rows.size());
            for (BoundExpr[] row : rows) {
                cells.add(row[c]);
            }
            DataType type = Coercions.commonType(cells, "VALUES", values.rows().get(0).get(c).position());
            for (int r = 0; r < rows.size(); r++) {
                Expr cell = values.rows().get(r).get(c);
                rows.get(r)[c] = Coercions.coerce(rows.get(r)[c], type, CastContext.IMPLICIT, context.parameters(),
                        cell.position());
            }
            columns.add(new ResultColumn("column" + (c + 1), 0, (short) 0, type));
            positions.add(ExprPositions.leftmost(values.rows().get(0).get(c)));
        }
        PlanNode plan = new ValuesScan(rows, width);
        plan = OutputOrdering.apply(context, plan, columns, values.orderBy(), values.limit(), values.offset());
        return new AnalyzedQuery(plan, columns, positions);
    }
}
