package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.SetFunctionCall;
import io.pglitedb.functions.Functions;
import io.pglitedb.functions.TableFunction;
import io.pglitedb.functions.TableFunctions;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.plan.FunctionScan;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * Set-returning functions ({@link TableFunctions}) in FROM, as a {@link FunctionScan}, and at the
 * top of a SELECT item, as a {@link SetFunctionCall} that a ProjectSet runs.
 */
final class SetReturningFunctions {
    private SetReturningFunctions() {
    }

    /** A function in FROM; {@code analyzer} sees the FROM items to its left (functions are LATERAL). */
    static FunctionScan inFrom(FunctionRef ref, AnalyzerContext context, ExpressionAnalyzer analyzer) {
        String name = ref.call().name();
        if (!TableFunctions.exists(name) && !ref.call().star()) {
            List<BoundExpr> args = new ArrayList<>();
            for (Expr arg : ref.call().args()) {
                args.add(analyzer.analyze(arg));
            }
            List<BoundExpr> coerced = new ArrayList<>();
            TableFunction user = UserFunctions.tableFunction(ref.call(), args, analyzer, context, coerced);
            if (user != null) {
                return new FunctionScan(user, coerced.toArray(new BoundExpr[0]), ref.ordinality(), ref.alias(),
                        ref.columnAliases());
            }
            if (!UserFunctions.visible(context, name).isEmpty() || Functions.exists(name)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "function %s in FROM is not supported yet", name)
                        .withPosition(ref.position() + 1);
            }
            List<String> types = new ArrayList<>();
            for (BoundExpr a : args) {
                types.add(a.type().type() == io.pglitedb.types.Types.UNKNOWN ? "unknown"
                        : io.pglitedb.types.Types.formatType(a.type()));
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", name,
                    String.join(", ", types))
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(ref.position() + 1);
        }
        if (!TableFunctions.exists(name)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "function %s in FROM is not supported yet", name)
                    .withPosition(ref.position() + 1);
        }
        if (ref.call().star() || ref.call().distinct()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(*) does not exist", name)
                    .withPosition(ref.position() + 1);
        }
        List<BoundExpr> bound = new ArrayList<>();
        TableFunction function;
        if (TableFunctions.returnsRecord(name)) {
            if (ref.columnTypes().isEmpty()) {
                throw new PgException(SqlState.SYNTAX_ERROR,
                        "a column definition list is required for functions returning \"record\"")
                        .withPosition(ref.position() + 1);
            }
            List<DataType> types = new ArrayList<>();
            for (Expr arg : ref.call().args()) {
                BoundExpr b = analyzer.analyze(arg);
                bound.add(b);
                types.add(b.type());
            }
            List<DataType> columns = new ArrayList<>();
            for (io.pglitedb.sql.ast.TypeName t : ref.columnTypes()) {
                columns.add(io.pglitedb.types.Types.resolve(t.name(), t.modifiers(), t.arrayDimensions()));
            }
            try {
                function = TableFunctions.resolveRecord(name, types, ref.columnAliases(), columns);
            } catch (PgException e) {
                throw e.withPositionIfAbsent(ref.position() + 1);
            }
        } else {
            if (!ref.columnTypes().isEmpty()) {
                throw new PgException(SqlState.SYNTAX_ERROR,
                        "a column definition list is only allowed for functions returning \"record\"")
                        .withPosition(ref.columnTypes().get(0).position() + 1);
            }
            function = resolve(ref.call(), analyzer, bound, false);
        }
        return new FunctionScan(function, coerce(ref.call(), function, bound, context), ref.ordinality(), ref.alias(),
                ref.columnAliases());
    }

    /**
     * A set-returning function at the top of a SELECT item, or one field of its result row
     * ({@code (f(x)).n}); null when the item is neither. A function with several result columns
     * gives its rows as record values.
     */
    static BoundExpr inSelectList(Expr item, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        if (item instanceof io.pglitedb.sql.ast.FieldSelect select && select.arg() instanceof FuncCall) {
            BoundExpr row = inSelectList(select.arg(), analyzer, context);
            if (row == null) {
                return null;
            }
            SetFunctionCall call = (SetFunctionCall) row;
            if (!(call.type().type() instanceof RecordType record)) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                        "column notation .%s applied to type %s, which is not a composite type", select.field(),
                        call.type().baseName()).withPosition(select.position() + 1);
            }
            int index = record.fieldIndex(select.field());
            if (index < 0) {
                throw record.noSuchField(select.field()).withPosition(select.position() + 1);
            }
            return call.withColumn(index, record.fieldTypes().get(index));
        }
        if (!(item instanceof FuncCall qualified)) {
            return null;
        }
        FuncCall call = qualified.withoutCatalogSchema();
        if (!call.star() && !call.distinct() && !TableFunctions.exists(call.name())) {
            return userInSelectList(call, analyzer, context);
        }
        if (call.star() || call.distinct() || !TableFunctions.exists(call.name())) {
            return null;
        }
        if (TableFunctions.returnsRecord(call.name())) {
            for (Expr arg : call.args()) {
                analyzer.analyze(arg);
            }
            TableFunctions.resolve(call.name(), List.of()); // its error carries no position, as PostgreSQL's
        }
        List<BoundExpr> bound = new ArrayList<>();
        TableFunction function = resolve(call, analyzer, bound, true);
        if (function.columnTypes().size() != 1) {
            return new SetFunctionCall(function, coerce(call, function, bound, context), -1,
                    DataType.of(new RecordType(function.columnNames(), function.columnTypes())));
        }
        return new SetFunctionCall(function, coerce(call, function, bound, context));
    }

    /** A user-defined set-returning function at the top of a SELECT item; null for other calls. */
    /**
     * Whether {@code item} is a set-returning function call (or a field of one's result) at its
     * top, as {@link #inSelectList} would expand it.
     */
    static boolean isCall(Expr item, AnalyzerContext context) {
        if (item instanceof io.pglitedb.sql.ast.FieldSelect select) {
            item = select.arg();
        }
        if (!(item instanceof FuncCall qualified)) {
            return false;
        }
        FuncCall call = qualified.withoutCatalogSchema();
        if (call.star() || call.distinct()) {
            return false;
        }
        if (TableFunctions.exists(call.name())) {
            return true;
        }
        for (io.pglitedb.catalog.RoutineDescriptor r : UserFunctions.visible(context, call.name())) {
            if (r.returnsSet()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a set-returning function in the parts of {@code expr} that cannot run one, as
     * PostgreSQL does: CASE and COALESCE (they would evaluate it conditionally) and aggregate
     * arguments.
     */
    static void refuseIn(String message, List<Expr> parts, AnalyzerContext context) {
        for (Expr part : parts) {
            Expr call = find(part, context);
            if (call != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, message)
                        .withHint("You might be able to move the set-returning function into a LATERAL FROM item.")
                        .withPosition(call.position() + 1);
            }
        }
    }

    private static Expr find(Expr expr, AnalyzerContext context) {
        if (isCall(expr, context)) {
            return expr;
        }
        for (Expr child : ExprTrees.children(expr)) {
            Expr found = find(child, context);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether a set-returning function call occurs anywhere in {@code expr} (not inside subqueries). */
    static boolean occursIn(Expr expr, AnalyzerContext context) {
        return find(expr, context) != null;
    }

    private static BoundExpr userInSelectList(FuncCall call, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        boolean returnsSet = false;
        for (io.pglitedb.catalog.RoutineDescriptor r : UserFunctions.visible(context, call.name())) {
            returnsSet |= r.returnsSet();
        }
        if (!returnsSet) {
            return null;
        }
        List<BoundExpr> args = new ArrayList<>();
        for (Expr arg : call.args()) {
            args.add(analyzer.analyze(arg));
        }
        if (Functions.exists(call.name())) {
            return null;
        }
        List<BoundExpr> coerced = new ArrayList<>();
        io.pglitedb.routines.UserTableFunction function = UserFunctions.tableFunction(call, args, analyzer, context,
                coerced);
        if (function == null || !function.returnsSet()) {
            return null;
        }
        BoundExpr[] bound = coerced.toArray(new BoundExpr[0]);
        if (!function.scalarResult()) {
            return new SetFunctionCall(function, bound, -1, function.rowType());
        }
        return new SetFunctionCall(function, bound);
    }

    private static TableFunction resolve(FuncCall call, ExpressionAnalyzer analyzer, List<BoundExpr> bound,
            boolean selectList) {
        List<DataType> types = new ArrayList<>();
        for (Expr arg : call.args()) {
            BoundExpr b = analyzer.analyze(arg);
            bound.add(b);
            types.add(b.type());
        }
        try {
            return selectList ? TableFunctions.resolveInSelectList(call.name(), types)
                    : TableFunctions.resolve(call.name(), types);
        } catch (PgException e) {
            throw e.withPositionIfAbsent(call.position() + 1);
        }
    }

    private static BoundExpr[] coerce(FuncCall call, TableFunction function, List<BoundExpr> bound,
            AnalyzerContext context) {
        BoundExpr[] coerced = new BoundExpr[bound.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(bound.get(i), function.argumentTypes().get(i), CastContext.IMPLICIT,
                    context.parameters(), call.args().get(i).position());
        }
        return coerced;
    }
}
