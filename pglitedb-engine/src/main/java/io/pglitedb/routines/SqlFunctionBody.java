package io.pglitedb.routines;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.Executor;
import io.pglitedb.exec.RowIterator;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.sql.plan.UpdatePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The statements of a LANGUAGE sql function body, planned on first use. The last statement's rows
 * are the result, each column converted to the declared result type by {@code casts} (expressions
 * over the row; null when a column needs no conversion).
 */
public final class SqlFunctionBody implements RoutineBody {
    /** The planned statements and the conversions of the last one's columns. */
    public record Planned(List<StatementPlan> statements, BoundExpr[] casts) {
    }

    private final String name;
    private final Supplier<Planned> planner;
    private volatile Planned planned;

    public SqlFunctionBody(String name, Supplier<Planned> planner) {
        this.name = name;
        this.planner = planner;
    }

    private Planned planned() {
        Planned p = planned;
        if (p == null) {
            try {
                p = planner.get();
            } catch (PgException e) {
                throw context(e, "SQL function \"" + name + "\" during startup");
            }
            planned = p;
        }
        return p;
    }

    private static PgException context(PgException e, String line) {
        return e.withContext(e.context() == null ? line : e.context() + "\n" + line);
    }

    /** Runs the body with these argument values; all rows of the last statement, or its first only. */
    @Override
    public List<Object[]> run(Object[] args, ExecContext outer, boolean all) {
        Planned p = planned();
        ExecContext context = outer.child(args);
        List<Object[]> result = new ArrayList<>();
        try {
            for (int i = 0; i < p.statements().size(); i++) {
                boolean last = i == p.statements().size() - 1;
                StatementPlan plan = p.statements().get(i);
                List<Object[]> rows = last ? result : new ArrayList<>();
                switch (plan) {
                    case QueryPlan query -> {
                        try (RowIterator it = Executor.open(query.root(), context)) {
                            Object[] row;
                            while ((row = it.next()) != null) {
                                context.checkCancelled();
                                if (last) {
                                    rows.add(row);
                                    if (!all) {
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    case InsertPlan insert -> DmlExecutor.insert(insert, context, rows::add);
                    case UpdatePlan update -> DmlExecutor.update(update, context, rows::add);
                    case DeletePlan delete -> DmlExecutor.delete(delete, context, rows::add);
                    default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "this statement is not supported in a SQL function yet");
                }
            }
        } catch (StackOverflowError e) {
            throw io.pglitedb.types.JsonParser.stackDepthExceeded();
        } catch (PgException e) {
            throw context(e, "SQL function \"" + name + "\" statement 1");
        }
        if (p.casts() != null) {
            Object[] params = context.params();
            for (int r = 0; r < result.size(); r++) {
                Object[] row = result.get(r);
                Object[] converted = new Object[p.casts().length];
                for (int c = 0; c < converted.length; c++) {
                    converted[c] = p.casts()[c] == null ? (c < row.length ? row[c] : null)
                            : p.casts()[c].eval(row, params);
                }
                result.set(r, converted);
            }
        }
        return result;
    }
}
