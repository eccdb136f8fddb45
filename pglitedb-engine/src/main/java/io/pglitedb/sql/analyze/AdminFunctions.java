package io.pglitedb.sql.analyze;

import io.pglitedb.exec.expr.BackupCall;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.Functions;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * PGLiteDB's own administration functions, which act on the whole database rather than on values:
 * {@code pglitedb_backup(text)}. They are evaluated when the statement runs, never folded.
 */
final class AdminFunctions {
    private AdminFunctions() {
    }

    static boolean handles(FuncCall f) {
        return handles(f.name()) && !f.star() && !f.distinct();
    }

    static boolean handles(String name) {
        return name.equals("pglitedb_backup");
    }

    static BoundExpr analyze(FuncCall f, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        List<Expr> args = f.args();
        if (args.size() != 1) {
            List<DataType> types = new ArrayList<>();
            for (Expr a : args) {
                types.add(analyzer.analyze(a).type());
            }
            throw Functions.doesNotExist(f.name(), types).withPosition(f.position() + 1);
        }
        Expr arg = args.get(0);
        BoundExpr target = Coercions.coerce(analyzer.analyze(arg), DataType.of(Types.TEXT), CastContext.IMPLICIT,
                context.parameters(), arg.position());
        return new BackupCall(target, context.user());
    }
}
