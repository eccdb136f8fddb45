package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.functions.Functions;
import io.pglitedb.exec.expr.SessionFunctionCall;
import io.pglitedb.exec.expr.SessionFunctionCall.Kind;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds the functions of {@link SessionFunctionCall}: their names, and the argument types of each
 * signature PostgreSQL has (advisory locks take one bigint or two ints).
 */
final class SessionFunctions {
    private static final Map<String, Kind> ADVISORY = Map.ofEntries(
            Map.entry("pg_advisory_lock", Kind.LOCK), Map.entry("pg_advisory_lock_shared", Kind.LOCK_SHARED),
            Map.entry("pg_try_advisory_lock", Kind.TRY_LOCK),
            Map.entry("pg_try_advisory_lock_shared", Kind.TRY_LOCK_SHARED),
            Map.entry("pg_advisory_xact_lock", Kind.XACT_LOCK),
            Map.entry("pg_advisory_xact_lock_shared", Kind.XACT_LOCK_SHARED),
            Map.entry("pg_try_advisory_xact_lock", Kind.TRY_XACT_LOCK),
            Map.entry("pg_try_advisory_xact_lock_shared", Kind.TRY_XACT_LOCK_SHARED),
            Map.entry("pg_advisory_unlock", Kind.UNLOCK), Map.entry("pg_advisory_unlock_shared", Kind.UNLOCK_SHARED));

    private SessionFunctions() {
    }

    static boolean handles(FuncCall f) {
        return !f.star() && !f.distinct() && handles(f.name());
    }

    static boolean handles(String name) {
        return ADVISORY.containsKey(name) || switch (name) {
            case "pg_advisory_unlock_all", "pg_backend_pid", "pg_sleep", "pg_cancel_backend", "pg_terminate_backend",
                    "bt_index_check", "bt_index_parent_check", "txid_current", "txid_current_if_assigned" -> true;
            default -> false;
        };
    }

    static BoundExpr analyze(FuncCall f, ExpressionAnalyzer analyzer, AnalyzerContext context) {
        List<Expr> args = f.args();
        Kind advisory = ADVISORY.get(f.name());
        if (advisory != null) {
            if (args.size() == 1) {
                return new SessionFunctionCall(advisory, coerce(f, analyzer, context, Types.INT8));
            }
            if (args.size() == 2) {
                return new SessionFunctionCall(advisory, coerce(f, analyzer, context, Types.INT4, Types.INT4));
            }
            throw noSuchFunction(f, analyzer);
        }
        return switch (f.name()) {
            case "pg_advisory_unlock_all" -> new SessionFunctionCall(Kind.UNLOCK_ALL, coerce(f, analyzer, context));
            case "pg_backend_pid" -> new SessionFunctionCall(Kind.BACKEND_PID, coerce(f, analyzer, context));
            case "txid_current" -> new SessionFunctionCall(Kind.TXID_CURRENT, coerce(f, analyzer, context));
            case "txid_current_if_assigned" -> new SessionFunctionCall(Kind.TXID_CURRENT_IF_ASSIGNED,
                    coerce(f, analyzer, context));
            case "pg_sleep" -> new SessionFunctionCall(Kind.SLEEP, coerce(f, analyzer, context, Types.FLOAT8));
            case "pg_cancel_backend" -> new SessionFunctionCall(Kind.CANCEL_BACKEND,
                    coerce(f, analyzer, context, Types.INT4));
            // amcheck: (index regclass [, heapallindexed bool [, rootdescend bool]]); the parent
            // check verifies the same here (there are no B-tree pages whose parents could disagree)
            case "bt_index_check", "bt_index_parent_check" -> {
                int max = f.name().equals("bt_index_check") ? 2 : 3;
                if (args.isEmpty() || args.size() > max) {
                    throw noSuchFunction(f, analyzer);
                }
                List<BoundExpr> bound = switch (args.size()) {
                    case 1 -> coerce(f, analyzer, context, Types.REGCLASS);
                    case 2 -> coerce(f, analyzer, context, Types.REGCLASS, Types.BOOL);
                    default -> coerce(f, analyzer, context, Types.REGCLASS, Types.BOOL, Types.BOOL).subList(0, 2);
                };
                yield new SessionFunctionCall(Kind.INDEX_CHECK, bound);
            }
            default -> args.size() == 2 // pg_terminate_backend(pid, timeout): the timeout is not waited for
                    ? new SessionFunctionCall(Kind.TERMINATE_BACKEND,
                            coerce(f, analyzer, context, Types.INT4, Types.INT8).subList(0, 1))
                    : new SessionFunctionCall(Kind.TERMINATE_BACKEND, coerce(f, analyzer, context, Types.INT4));
        };
    }

    /** The arguments coerced to the signature's types; 42883 when their number differs. */
    private static List<BoundExpr> coerce(FuncCall f, ExpressionAnalyzer analyzer, AnalyzerContext context,
            io.pglitedb.types.PgType... types) {
        if (f.args().size() != types.length) {
            throw noSuchFunction(f, analyzer);
        }
        List<BoundExpr> bound = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            Expr arg = f.args().get(i);
            bound.add(Coercions.coerce(analyzer.analyze(arg), DataType.of(types[i]), CastContext.IMPLICIT,
                    context.parameters(), arg.position()));
        }
        return bound;
    }

    private static PgException noSuchFunction(FuncCall f, ExpressionAnalyzer analyzer) {
        List<DataType> types = new ArrayList<>();
        for (Expr a : f.args()) {
            types.add(analyzer.analyze(a).type());
        }
        return Functions.doesNotExist(f.name(), types).withPosition(f.position() + 1);
    }
}
