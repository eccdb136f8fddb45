package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.plan.GenerateSeries;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Set-returning functions in FROM. For now generate_series over integer, bigint and numeric; the
 * function's single column is named by the column alias, else the table alias, else the function
 * name, as PostgreSQL names it.
 */
final class SetReturningFunctions {
    private SetReturningFunctions() {
    }

    static PlanNode plan(FunctionRef ref, AnalyzerContext context, Scope scope) {
        String name = ref.call().name();
        if (!name.equals("generate_series")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "function %s in FROM is not supported yet", name)
                    .withPosition(ref.position() + 1);
        }
        List<Expr> args = ref.call().args();
        if (args.size() < 2 || args.size() > 3 || ref.call().star() || ref.call().distinct()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function generate_series(%s) does not exist",
                    args.size() + " arguments")
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(ref.position() + 1);
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "functions in FROM");
        List<BoundExpr> bound = new ArrayList<>();
        for (Expr arg : args) {
            bound.add(analyzer.analyze(arg));
        }
        DataType type = Coercions.commonType(bound, "generate_series", ref.position());
        if (type.type() == Types.INT2) {
            type = DataType.of(Types.INT4);
        }
        if (type.type() != Types.INT4 && type.type() != Types.INT8 && type.type() != Types.NUMERIC) {
            List<String> names = new ArrayList<>();
            for (BoundExpr b : bound) {
                names.add(b.type().baseName());
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function generate_series(%s) does not exist",
                    String.join(", ", names))
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(ref.position() + 1);
        }
        BoundExpr[] coerced = new BoundExpr[bound.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(bound.get(i), type, CastContext.IMPLICIT, context.parameters(),
                    args.get(i).position());
        }
        String tableAlias = ref.alias() != null ? ref.alias() : name;
        String column = !ref.columnAliases().isEmpty() ? ref.columnAliases().get(0) : tableAlias;
        scope.addTable(tableAlias, ref.position());
        scope.addColumn(new Scope.Column(tableAlias, column, type, scope.width(), 0, (short) 0));
        return new GenerateSeries(coerced[0], coerced[1], coerced.length > 2 ? coerced[2] : null, type);
    }
}
