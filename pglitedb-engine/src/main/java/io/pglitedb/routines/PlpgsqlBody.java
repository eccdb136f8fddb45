package io.pglitedb.routines;

import io.pglitedb.exec.ExecContext;
import io.pglitedb.plpgsql.PlFunction;
import io.pglitedb.sql.analyze.AnalyzerContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * A LANGUAGE plpgsql body at a call site: parsed on first use ({@link PlFunction}), its statements'
 * plans then kept for the later calls from the same place.
 */
public final class PlpgsqlBody implements RoutineBody {
    private final Supplier<PlFunction> compiler;
    private final AnalyzerContext context;
    private PlFunction function;

    public PlpgsqlBody(Supplier<PlFunction> compiler, AnalyzerContext context) {
        this.compiler = compiler;
        this.context = context;
    }

    @Override
    public List<Object[]> run(Object[] args, ExecContext outer, boolean all) {
        if (function == null) {
            function = compiler.get();
        }
        return function.call(args, outer, context);
    }
}
