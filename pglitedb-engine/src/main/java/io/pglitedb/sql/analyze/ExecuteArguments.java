package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/** The SQL-level PREPARE's declared parameter types and EXECUTE's argument values (PostgreSQL's prepare.c). */
public final class ExecuteArguments {
    private ExecuteArguments() {
    }

    /** PREPARE's type list as type OIDs (what the protocol-level Parse takes). */
    public static int[] declaredTypes(List<TypeName> types) {
        int[] oids = new int[types.size()];
        for (int i = 0; i < oids.length; i++) {
            TypeName t = types.get(i);
            oids[i] = Types.resolve(t.name(), t.modifiers(), t.arrayDimensions()).type().oid();
        }
        return oids;
    }

    /**
     * Analyses EXECUTE's arguments, converts them to the parameter types by assignment rules and
     * evaluates them.
     */
    public static Object[] evaluate(AnalyzerContext context, String name, List<Expr> arguments,
            List<DataType> types) {
        if (types.isEmpty()) {
            return new Object[0]; // PostgreSQL ignores arguments given to a statement without parameters
        }
        if (arguments.size() != types.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "wrong number of parameters for prepared statement \"%s\"",
                    name).withDetail("Expected %d parameters but got %d.".formatted(types.size(), arguments.size()));
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "EXECUTE parameter");
        List<BoundExpr> bound = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            Expr expr = arguments.get(i);
            BoundExpr value = analyzer.analyze(expr);
            DataType target = types.get(i);
            BoundExpr coerced = Coercions.tryCoerce(value, target, CastContext.ASSIGNMENT, context.parameters(),
                    expr.position());
            if (coerced == null) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "parameter $%d of type %s cannot be coerced to the expected type %s", i + 1,
                        value.type().baseName(), target.baseName())
                        .withHint("You will need to rewrite or cast the expression.")
                        .withPosition(expr.position() + 1);
            }
            bound.add(coerced);
        }
        Object[] values = new Object[bound.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bound.get(i).eval(new Object[0], new Object[0]);
        }
        return values;
    }
}
