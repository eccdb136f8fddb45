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

    static PlanNode plan(FunctionRef ref, AnalyzerContext context, Scope scope, ExpressionAnalyzer analyzer) {
        String name = ref.call().name();
        if (name.equals("unnest")) {
            return unnest(ref, context, scope, analyzer);
        }
        if (name.equals("string_to_table")) {
            return stringToTable(ref, scope, analyzer);
        }
        if (ref.ordinality()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "WITH ORDINALITY is not supported yet for %s", name)
                    .withPosition(ref.position() + 1);
        }
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

    /** string_to_table(text, text [, text]): the elements string_to_array gives, one per row. */
    private static PlanNode stringToTable(FunctionRef ref, Scope scope, ExpressionAnalyzer analyzer) {
        io.pglitedb.sql.ast.FuncCall call = ref.call();
        BoundExpr array;
        try {
            array = analyzer.analyze(new io.pglitedb.sql.ast.FuncCall("string_to_array", call.args(), call.star(),
                    call.distinct(), call.position()));
        } catch (PgException e) {
            if (e.state() == SqlState.UNDEFINED_FUNCTION) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "%s", e.getMessage().replace("string_to_array",
                        "string_to_table")).withHint(e.hint()).withPosition(ref.position() + 1);
            }
            throw e;
        }
        String tableAlias = ref.alias() != null ? ref.alias() : "string_to_table";
        int width = ref.ordinality() ? 2 : 1;
        if (ref.columnAliases().size() > width) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many column aliases specified for function string_to_table")
                    .withPosition(ref.position() + 1);
        }
        scope.addTable(tableAlias, ref.position());
        String column = !ref.columnAliases().isEmpty() ? ref.columnAliases().get(0)
                : ref.alias() != null ? ref.alias() : "string_to_table";
        scope.addColumn(new Scope.Column(tableAlias, column, DataType.of(Types.TEXT), scope.width(), 0, (short) 0));
        if (ref.ordinality()) {
            String ord = ref.columnAliases().size() > 1 ? ref.columnAliases().get(1) : "ordinality";
            scope.addColumn(new Scope.Column(tableAlias, ord, DataType.of(Types.INT8), scope.width(), 0, (short) 0));
        }
        return new io.pglitedb.sql.plan.Unnest(new BoundExpr[] {array}, ref.ordinality());
    }

    /**
     * unnest(anyarray [, anyarray ...]) [WITH ORDINALITY]: one column per array named unnest (or
     * the aliases), the element types; a bare unknown literal cannot be unnested (as PostgreSQL).
     */
    private static PlanNode unnest(FunctionRef ref, AnalyzerContext context, Scope scope, ExpressionAnalyzer analyzer) {
        List<Expr> args = ref.call().args();
        List<BoundExpr> bound = new ArrayList<>();
        List<DataType> argTypes = new ArrayList<>();
        for (Expr arg : args) {
            BoundExpr b = analyzer.analyze(arg);
            bound.add(b);
            argTypes.add(b.type());
        }
        boolean ok = !args.isEmpty() && !ref.call().star() && !ref.call().distinct();
        for (BoundExpr b : bound) {
            if (b.type().type() == Types.UNKNOWN && bound.size() == 1) {
                // unnest(anyarray), unnest(tsvector), unnest(anymultirange): no single candidate
                throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "function unnest(unknown) is not unique")
                        .withHint("Could not choose a best candidate function. You might need to add explicit type casts.")
                        .withPosition(ref.position() + 1);
            }
            if (b.type().type() == Types.UNKNOWN) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "could not determine polymorphic type because input has type unknown")
                        .withPosition(ref.position() + 1);
            }
            ok &= b.type().type() instanceof io.pglitedb.types.ArrayType;
        }
        if (!ok) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function unnest(%s) does not exist",
                    String.join(", ", argTypes.stream().map(DataType::baseName).toList()))
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(ref.position() + 1);
        }
        String tableAlias = ref.alias() != null ? ref.alias() : "unnest";
        int width = bound.size() + (ref.ordinality() ? 1 : 0);
        if (ref.columnAliases().size() > width) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many column aliases specified for function unnest")
                    .withPosition(ref.position() + 1);
        }
        scope.addTable(tableAlias, ref.position());
        for (int i = 0; i < width; i++) {
            DataType type;
            String column;
            if (i < bound.size()) {
                io.pglitedb.types.ArrayType array = (io.pglitedb.types.ArrayType) bound.get(i).type().type();
                type = new DataType(array.element(), bound.get(i).type().typmod());
                // a single function's column is named after the alias, as PostgreSQL names it
                column = bound.size() == 1 && ref.alias() != null ? ref.alias() : "unnest";
            } else {
                type = DataType.of(Types.INT8);
                column = "ordinality";
            }
            if (i < ref.columnAliases().size()) {
                column = ref.columnAliases().get(i);
            }
            scope.addColumn(new Scope.Column(tableAlias, column, type, scope.width(), 0, (short) 0));
        }
        return new io.pglitedb.sql.plan.Unnest(bound.toArray(new BoundExpr[0]), ref.ordinality());
    }

    /** A table function other than generate_series (see {@link io.pglitedb.functions.TableFunctions}). */
    static PlanNode tableFunction(FunctionRef ref, AnalyzerContext context, Level level) {
        String name = ref.call().name();
        if (ref.call().star() || ref.call().distinct()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(*) does not exist", name)
                    .withPosition(ref.position() + 1);
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "functions in FROM", level);
        List<BoundExpr> bound = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (Expr arg : ref.call().args()) {
            BoundExpr b = analyzer.analyze(arg);
            bound.add(b);
            types.add(b.type());
        }
        io.pglitedb.functions.TableFunction function;
        try {
            function = io.pglitedb.functions.TableFunctions.resolve(name, types);
        } catch (PgException e) {
            throw e.withPositionIfAbsent(ref.position() + 1);
        }
        BoundExpr[] coerced = new BoundExpr[bound.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(bound.get(i), function.argumentTypes().get(i), CastContext.IMPLICIT,
                    context.parameters(), ref.call().args().get(i).position());
        }
        return new io.pglitedb.sql.plan.FunctionScan(function, coerced);
    }

    /** A set-returning function at the top of a SELECT item, or null when the call is not one. */
    static BoundExpr inSelectList(Expr item, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        if (!(item instanceof io.pglitedb.sql.ast.FuncCall call) || call.star() || call.distinct()
                || !io.pglitedb.functions.TableFunctions.isSetReturning(call.name())) {
            return null;
        }
        List<BoundExpr> bound = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (Expr arg : call.args()) {
            BoundExpr b = analyzer.analyze(arg);
            bound.add(b);
            types.add(b.type());
        }
        io.pglitedb.functions.TableFunction function;
        try {
            function = io.pglitedb.functions.TableFunctions.resolveInSelectList(call.name(), types);
        } catch (PgException e) {
            throw e.withPositionIfAbsent(call.position() + 1);
        }
        if (function.columnTypes().size() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "%s returning a record in the select list is not supported yet", call.name())
                    .withPosition(call.position() + 1);
        }
        BoundExpr[] coerced = new BoundExpr[bound.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(bound.get(i), function.argumentTypes().get(i), CastContext.IMPLICIT,
                    context.parameters(), call.args().get(i).position());
        }
        return new io.pglitedb.exec.expr.SetFunctionCall(function, coerced);
    }
}
