package io.pglitedb.sql.analyze;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.security.AccessRequirements;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;

/**
 * What a procedural language (io.pglitedb.plpgsql) needs from the analyser: planning one statement
 * of a function body with the session's catalog view, identity and search path, its variables
 * resolved as parameters through {@code parameters}' name resolver; and assignment coercions.
 */
public final class RoutineStatements {
    private RoutineStatements() {
    }

    /** Plans {@code statement}; names no column resolves go to {@code parameters}' resolver. */
    public static StatementPlan plan(Statement statement, AnalyzerContext base, ParameterTypes parameters) {
        AccessRequirements access = new AccessRequirements();
        access.setRowSecurity(base.access().rowSecurity());
        AnalyzerContext context = new AnalyzerContext(base.catalog(), parameters, base.user(), base.database(),
                new SlotAllocator(), base.sequences(), base.searchPath(), base.sessionUser(), access);
        return Analyzer.analyze(statement, context);
    }

    /** {@code expr} converted to {@code target} by an assignment cast, or null when none exists. */
    public static BoundExpr assignmentCast(BoundExpr expr, DataType target, ParameterTypes parameters) {
        return Coercions.tryCoerce(expr, target, CastContext.ASSIGNMENT, parameters, -1);
    }
}
